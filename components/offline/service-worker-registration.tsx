"use client";

import { useEffect } from "react";
import { afterPageLoad } from "./after-page-load";

/**
 * Registers the service worker (worker/sw.ts, served at /sw.js) in production builds. The app
 * works without it (an old browser, a plain-http origin, a test that blocks workers); it only adds
 * the offline start. Registered after the page has loaded: installing it precaches the app's
 * scripts and styles, downloads that would otherwise compete with the first page's own.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    return afterPageLoad(() => {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
        // Not available here: online use is unaffected.
      });
    });
  }, []);
  return null;
}
