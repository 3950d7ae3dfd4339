/**
 * Whether the production build in .next is older than the code: `npm start` rebuilds only then,
 * so the first start builds and later starts are instant.
 */
import fs from "node:fs";
import path from "node:path";

const SOURCE_ROOTS = [
  "app",
  "components",
  "lib",
  "db",
  "server",
  "worker",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "serwist.config.js",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", ".next", ".next-e2e", ".data"]);

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function buildIsStale(root: string, distDir = ".next"): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  // A build without its service worker (stopped between the two steps) is not finished.
  if (!fs.existsSync(buildId) || !fs.existsSync(path.join(root, distDir, "sw.js"))) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCE_ROOTS.some((entry) => newestMtime(path.join(root, entry)) > builtAt);
}
