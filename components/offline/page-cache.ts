/**
 * The signed-in student's pages saved for offline use, one Cache Storage cache per user (the
 * service worker answers a navigation from it only when the network fails). Each page is fetched
 * in its offline variant (`?offline=1`), which takes its cards from the device rather than from a
 * server response that would be stale by the time it is opened.
 */
import { isPagesCacheName, OFFLINE_PAGES, offlineSourceOf, pagesCacheName } from "@/lib/offline/storage-names";

const cacheStorage = () => (typeof caches === "undefined" ? null : caches); // absent on plain-http origins

/** Save (or refresh) the student's offline pages; false if any could not be fetched. */
export async function savePagesFor(userId: string): Promise<boolean> {
  const storage = cacheStorage();
  if (!storage) return false;
  const cache = await storage.open(pagesCacheName(userId));
  const saved = await Promise.all(
    OFFLINE_PAGES.map(async (page) => {
      try {
        const response = await fetch(offlineSourceOf(page), { credentials: "same-origin", cache: "no-store" });
        // A redirect (signed out meanwhile) or an error page is never kept as the student's page.
        if (!response.ok || response.redirected) return false;
        await cache.put(page, response);
        return true;
      } catch {
        return false;
      }
    }),
  );
  return saved.every(Boolean);
}

/** Delete saved pages: one user's, or everyone's but one user's (another account used this device). */
export async function deletePages(options: { of: string } | { allBut: string }): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  const names = (await storage.keys()).filter(isPagesCacheName);
  const doomed =
    "of" in options ? names.filter((n) => n === pagesCacheName(options.of)) : names.filter((n) => n !== pagesCacheName(options.allBut));
  await Promise.all(doomed.map((name) => storage.delete(name)));
}

/** Whether every offline page of this user is saved on this device. */
export async function hasSavedPages(userId: string): Promise<boolean> {
  const storage = cacheStorage();
  if (!storage || !(await storage.has(pagesCacheName(userId)))) return false;
  const cache = await storage.open(pagesCacheName(userId));
  const found = await Promise.all(OFFLINE_PAGES.map((page) => cache.match(page)));
  return found.every(Boolean);
}
