/**
 * Kizuna's service worker (Serwist). Built after `next build` by `serwist build` (see
 * serwist.config.js) into the build folder, and served at /sw.js by app/sw.js/route.ts.
 *
 * - Precaches the app shell: every file under the build's static/ folder (scripts, styles) and
 *   public/ (icons, the offline page). These hold no user data.
 * - Pages always come from the network. Only when the network fails does it answer a navigation
 *   from the signed-in student's own saved pages (saved by the app itself, per user, see
 *   components/offline/page-cache.ts), and otherwise with the static offline page.
 * - API responses are never cached here: the student's cards for offline use are kept by the app
 *   in IndexedDB under their own id, and answers wait in the app's outbox.
 */
import { createStore, get } from "idb-keyval";
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import {
  CURRENT_USER_KEY,
  OFFLINE_DB,
  OFFLINE_FALLBACK_PATH,
  OFFLINE_STORE,
  offlinePageFor,
  pagesCacheName,
} from "../lib/offline/storage-names";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const store = createStore(OFFLINE_DB, OFFLINE_STORE);

/** The signed-in student's saved copy of this page, if the app saved one. */
async function savedPageFor(request: Request): Promise<Response | undefined> {
  const page = offlinePageFor(new URL(request.url));
  if (!page) return undefined;
  const userId = await get<string>(CURRENT_USER_KEY, store).catch(() => undefined);
  if (!userId) return undefined;
  return caches.match(page, { cacheName: pagesCacheName(userId) });
}

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: async ({ request }): Promise<Response> => {
        try {
          return await fetch(request);
        } catch {
          return (await savedPageFor(request)) ?? (await serwist.matchPrecache(OFFLINE_FALLBACK_PATH)) ?? Response.error();
        }
      },
    },
  ],
});

serwist.addEventListeners();
