/**
 * Runs `task` once the page has loaded (at once if it already has). Getting the device ready for
 * offline use (the service worker's precache, the offline pack, the saved pages) is work for later:
 * started during the first load, its downloads and main-thread work compete with the page's own.
 * @returns a cancel function for an effect's cleanup
 */
export function afterPageLoad(task: () => void): () => void {
  if (document.readyState === "complete") {
    task();
    return () => {};
  }
  window.addEventListener("load", task, { once: true });
  return () => window.removeEventListener("load", task);
}
