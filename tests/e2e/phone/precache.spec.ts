import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * What the service worker downloads when it installs on a phone: the app shell every page loads,
 * and none of the Pages Router's own browser chunks (the app's one Pages route is an API,
 * pages/api/reviews.ts, so no page ever asks for them; serwist.config.js leaves them out).
 */
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";

interface BuildManifest {
  pages: Record<string, string[]>;
  rootMainFiles: string[];
  polyfillFiles: string[];
}

test("the worker precaches the app shell and no Pages Router chunk", async ({ request }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as BuildManifest;
  const worker = await (await request.get("/sw.js")).text();
  const precached = new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
  const url = (file: string) => `/_next/${file}`;

  for (const file of manifest.rootMainFiles) expect(precached, file).toContain(url(file));
  const shared = new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles]);
  const pagesOnly = Object.values(manifest.pages)
    .flat()
    .filter((file) => !shared.has(file));
  expect(pagesOnly.length).toBeGreaterThan(0); // the build has some: the check below means something
  for (const file of pagesOnly) expect(precached, file).not.toContain(url(file));
});
