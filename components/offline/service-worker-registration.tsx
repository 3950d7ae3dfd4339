"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (worker/sw.ts, served at /sw.js) in production builds. The app
 * works without it (an old browser, a plain-http origin, a test that blocks workers); it only adds
 * the offline start.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // Not available here: online use is unaffected.
    });
  }, []);
  return null;
}
