/**
 * The production build: `next build`, then `serwist build` (serwist.config.js), which bundles the
 * service worker (worker/sw.ts) with the list of files to precache into the same build folder.
 * `npm run build`, `npm start` and `npm test` all build through here, so none can miss the worker.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export function buildApp(root: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  // serwist.config.js reads the build folder from next.config.js, which reads NEXT_DIST_DIR.
  const options = { cwd: root, stdio: "inherit" as const, env: { ...env, NO_UPDATE_NOTIFIER: "1" } };
  if (spawnSync(bin("next"), ["build"], options).status !== 0) return false;
  return spawnSync(bin("serwist"), ["build"], options).status === 0;
}
