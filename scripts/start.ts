/**
 * `npm start`'s check before serving: the environment, the embedded database's folder, a build
 * if the code changed, and on a first start the embedded database itself (created and loaded). It then exits, and package.json's start script `exec`s `next start`
 * in its place (which migrates and seeds at boot: see instrumentation.ts), so what keeps running
 * is the server alone, not this check wrapped around it. Works on a fresh clone with no database
 * server: the embedded PGlite database lives in ./.data/pglite.
 */
import path from "node:path";
import { EnvError, readEnv } from "../lib/config/env";
import { assertUsableDataDirectory, DataDirectoryError } from "../db/data-dir";
import { findLiveLockOwner } from "../db/pglite-lock";
import { prepareEmbeddedDatabase } from "../db/prepare-embedded";
import { ensureAuthSecret } from "../server/auth-secret";
import { buildApp } from "./lib/build-app";
import { buildIsStale } from "./lib/build-state";

const root = process.cwd();

function fail(message: string): never {
  console.error(`\n[kizuna] ${message}\n`);
  process.exit(1);
}

const { secret, generated } = ensureAuthSecret(process.env, path.join(root, ".data"));
if (secret) process.env.AUTH_SECRET = secret;
if (generated) console.log("[kizuna] generated AUTH_SECRET and saved it in .data/auth-secret");

let env;
try {
  env = readEnv();
} catch (error) {
  if (error instanceof EnvError) fail(error.message);
  throw error;
}

if (!env.DATABASE_URL && env.PGLITE_DIR !== "memory://") {
  // Before the build: an unusable folder is said in one line, not after 20 s of building.
  try {
    assertUsableDataDirectory(env.PGLITE_DIR);
  } catch (error) {
    if (error instanceof DataDirectoryError) fail(error.message);
    throw error;
  }
  const owner = findLiveLockOwner(env.PGLITE_DIR);
  if (owner) {
    fail(
      `The embedded database in ${path.resolve(env.PGLITE_DIR)} is already in use by pid ${owner.pid} ("${owner.command}"). ` +
        "Stop that process first, or set PGLITE_DIR to another folder.",
    );
  }
}

if (buildIsStale(root)) {
  console.log("[kizuna] building the app (first start or code changed)…");
  if (!buildApp(root, { ...process.env, KIZUNA_BUILD_FOR_START: "1" })) fail("the build failed (see above).");
}

if (!env.DATABASE_URL && env.PGLITE_DIR !== "memory://") {
  // A first start creates and loads the database here, in this process that is about to exit,
  // so the server does not keep the memory that took (db/prepare-embedded.ts).
  const started = performance.now();
  const prepared = await prepareEmbeddedDatabase(env.PGLITE_DIR, { demoUsers: env.SEED_DEMO === "true" });
  if (prepared) {
    console.log(
      `[kizuna] created the embedded database in ${path.resolve(env.PGLITE_DIR)} and loaded ${prepared.content.events} events (${Math.round(performance.now() - started)} ms)`,
    );
  }
}

const port = process.env.PORT ?? "3000";
console.log(
  `[kizuna] starting on http://localhost:${port} (${env.DATABASE_URL ? "Postgres server" : `embedded database in ${env.PGLITE_DIR}`})`,
);
// `next start` reads PORT itself, and the server reads the generated secret itself (server/start-server.ts).
// package.json starts it with MALLOC_ARENA_MAX=2 (fewer malloc arenas, 20–70 MiB less resident) and
// V8's young generation capped at 2 MiB semi-spaces on the embedded database (20–40 MiB less, no
// slower on the study pages: npm run bench:memory). On a Postgres server (DATABASE_URL set) they
// are 64 MiB, four times V8's default: the cap doubled the collector's share of a review post's CPU
// (5 % → 10 % of its profile), and 64 MiB took a further tenth off it (batch-1 review posts, npm
// run bench -- --only reviews, interleaved: 482 and 443/s against 425 and 393/s at the default).
// Such a server is sized for throughput, not for a laptop's memory.
// scripts/lib/bench-server.ts starts its servers the same way.
