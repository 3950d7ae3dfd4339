// @ts-check
// Serwist's "configurator mode" (the way that works with Next 16's Turbopack build): after
// `next build`, `serwist build` bundles worker/sw.ts with esbuild and injects the list of files to
// precache. The worker is written into the build folder (`.next`, or `.next-e2e` for the tests:
// NEXT_DIST_DIR), so each build has its own, and app/sw.js/route.ts serves it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { serwist } from "@serwist/next/config";

const OFFLINE_PAGE = "public/offline.html";

/**
 * The browser chunks only the Pages Router loads (its `_app` and `_error`): the app's one Pages
 * route is an API (pages/api/reviews.ts), so no page of the app ever asks for them, and a phone
 * would otherwise download about 360 KB more when the worker installs.
 * @param {string} distDir
 * @returns {string[]}
 */
function pagesRouterOnlyChunks(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  const shared = new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles]);
  const pagesFiles = Object.values(manifest.pages ?? {}).flat();
  return [...new Set(pagesFiles)].filter((file) => !shared.has(file)).map((file) => path.posix.join(distDir, file));
}

export default await serwist.withNextConfig((nextConfig) => ({
  swSrc: "worker/sw.ts",
  swDest: path.join(nextConfig.distDir, "sw.js"),
  // Pages are per user (the header names who is signed in): none is precached; the app saves the
  // signed-in student's own pages itself.
  precachePrerendered: false,
  // Serwist maps *.html to prerendered routes ("/public/offline"): list the static offline page
  // by its real URL instead, revisioned by its content.
  globIgnores: [OFFLINE_PAGE, ...pagesRouterOnlyChunks(nextConfig.distDir)],
  additionalPrecacheEntries: [
    { url: "/offline.html", revision: crypto.createHash("sha256").update(fs.readFileSync(OFFLINE_PAGE)).digest("hex").slice(0, 16) },
  ],
}));
