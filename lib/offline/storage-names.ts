/**
 * Names shared by the app and its service worker (worker/sw.ts) for what is kept on the device:
 * one IndexedDB key-value store, and one Cache Storage cache of pages per signed-in student.
 * Everything a user owns is keyed by their id, so one user's data is never read for another and
 * sign-out can delete exactly that user's.
 */

/** IndexedDB database and object store (idb-keyval). */
export const OFFLINE_DB = "kizuna-offline";
export const OFFLINE_STORE = "kv";

/** Who last used the app on this device while online: the service worker serves their pages. */
export const CURRENT_USER_KEY = "current-user";

export const outboxKey = (userId: string) => `outbox:${userId}`;
export const packKey = (userId: string) => `pack:${userId}`;
export const answeredKey = (userId: string) => `answered:${userId}`;

const PAGES_PREFIX = "kizuna-pages-";
export const pagesCacheName = (userId: string) => `${PAGES_PREFIX}${userId}`;
export const isPagesCacheName = (name: string) => name.startsWith(PAGES_PREFIX);

/** The static page shown for a navigation that has neither the network nor a saved copy. */
export const OFFLINE_FALLBACK_PATH = "/offline.html";

/** Pages saved for offline use, under the path the student navigates to. */
export const OFFLINE_PAGES = ["/study", "/study/practice?mode=quiz", "/study/practice?mode=flashcard"] as const;

/** Where a saved page is fetched from: its offline variant, which takes its cards from the device. */
export function offlineSourceOf(page: string): string {
  return `${page}${page.includes("?") ? "&" : "?"}offline=1`;
}

/**
 * The saved page that answers a navigation made with no network, or null when none fits. The home
 * page and the study home both open the study home; a practice page opens only in one of the two
 * modes with no topic, event or assignment (those need the server's queue).
 */
export function offlinePageFor(url: URL): string | null {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (path === "/" || path === "/study") return "/study";
  if (path !== "/study/practice") return null;
  const keys = [...url.searchParams.keys()].filter((key) => key !== "mode" && key !== "offline");
  if (keys.length > 0) return null;
  return url.searchParams.get("mode") === "flashcard" ? "/study/practice?mode=flashcard" : "/study/practice?mode=quiz";
}
