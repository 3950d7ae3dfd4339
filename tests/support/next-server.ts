/**
 * The production build under test (the fuzz and outage suites): `next start` on a fresh database of its own, PGlite in a
 * temporary folder (opened again after the server stops, to check it) or, when
 * TEST_DATABASE_URL is set, a new database on that server, dropped afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";

export interface RunningServer {
  base: string;
  output: () => string;
  stop(): Promise<void>;
  /** The database the server used, opened for checks (after stop()). */
  openDatabase(): Promise<DbHandle>;
  dropDatabase(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  distDir: string;
  /** Where the app should reach its Postgres database (e.g. through a TCP proxy a test can cut). */
  routeDatabaseUrl?: (url: string) => string;
}

export async function startServer({ port, distDir, routeDatabaseUrl = (url) => url }: ServerOptions): Promise<RunningServer> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const dbName = `kizuna_fuzz_${crypto.randomBytes(5).toString("hex")}`;
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "kizuna-fuzz-"));
  let databaseUrl = "";
  if (adminUrl) {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${dbName}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  let output = "";
  const child: ChildProcess = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl ? routeDatabaseUrl(databaseUrl) : "",
      PGLITE_DIR: path.join(pgliteDir, "data"),
      AUTH_SECRET: "fuzz-secret-not-for-production-0123456789abcdef",
      SEED_DEMO: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer within 180 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500)); // polling the server's start, not a test wait
  }
  return {
    base,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
    openDatabase: () =>
      databaseUrl
        ? openDatabase({ databaseUrl, migrate: false })
        : openDatabase({ pgliteDir: path.join(pgliteDir, "data"), migrate: false }),
    async dropDatabase() {
      fs.rmSync(pgliteDir, { recursive: true, force: true });
      fs.rmSync(`${path.join(pgliteDir, "data")}.lock`, { force: true });
      if (!adminUrl) return;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    },
  };
}

/**
 * The port to serve on: `fromEnv` when set, otherwise one the system reports free right now, so a
 * suite never collides with another server (a second checkout's tests, a developer's `npm start`).
 */
export async function choosePort(fromEnv: string | undefined): Promise<number> {
  if (fromEnv) return Number(fromEnv);
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
