/**
 * `npm run bench:memory` — the embedded default's idle memory alone (section 5 of `npm run bench`,
 * without its 10 minutes of seeding): the production build on a fresh PGlite folder, started as
 * `npm start` starts it (database prepared first, the same node and malloc settings), signed-in
 * study traffic, then the resident memory while idle; then the same after a restart. Prints
 * figures; asserts nothing.
 *
 *   BENCH_PORT (default: a free one) — the port the server listens on
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { choosePort } from "../tests/support/next-server";
import { stopAllBenchServers } from "./lib/bench-server";
import { buildApp } from "./lib/build-app";
import { buildIsStale } from "./lib/build-state";
import { embeddedIdleRss } from "./lib/embedded-idle-rss";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kizuna-bench-memory-"));

async function main(): Promise<void> {
  if (buildIsStale(root, distDir)) {
    console.log(`building the app into ${distDir} (the code changed)…`);
    if (!buildApp(root, { ...process.env, NEXT_DIST_DIR: distDir, KIZUNA_BUILD_FOR_START: "1" })) throw new Error("the build failed");
  }
  const port = await choosePort(process.env.BENCH_PORT);
  const pgliteDir = path.join(folder, "data");
  const load = () => os.loadavg()[0]?.toFixed(1);
  const figures: Record<string, number> = {};
  for (const label of ["first start", "restart"] as const) {
    const { rss, samples } = await embeddedIdleRss({ port, distDir, pgliteDir });
    figures[label] = Math.round(rss);
    console.log(
      `embedded server idle RSS, ${label.padEnd(11)} ${rss.toFixed(0)} MiB (samples ${samples.map((s) => s.toFixed(0)).join(" ")}; load ${load()})`,
    );
  }
  console.log(JSON.stringify({ rss_mib_embedded_idle: Math.max(...Object.values(figures)) }));
}

try {
  await main();
} catch (error) {
  console.error("bench:memory failed:", error);
  process.exitCode = 1;
} finally {
  await stopAllBenchServers();
  fs.rmSync(folder, { recursive: true, force: true });
}
