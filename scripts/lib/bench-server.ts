/**
 * The production build served for a benchmark: `next start` on a port, with the given database,
 * plus what a bench needs from it — its process's resident memory, sign-in through Auth.js, and
 * the JavaScript a page loads first.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import type postgres from "postgres";

export interface BenchServer {
  base: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** Every server started here and not yet exited: stopAllBenchServers ends them (a bench's cleanup, Ctrl-C). */
const running = new Set<ChildProcess>();

/**
 * SIGTERM, then SIGKILL if it has not exited after `graceMs`: a server shutting down gracefully
 * waits for open keep-alive sockets, which a bench interrupted mid-request may never close.
 */
function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function stopAllBenchServers(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)));
}

export async function startBenchServer(options: {
  port: number;
  distDir: string;
  databaseUrl?: string;
  pgliteDir?: string;
}): Promise<BenchServer> {
  // Another process on the port would answer the health check in our server's place.
  await assertPortFree(options.port);
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? []),
      path.join("node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      String(options.port),
      "--keepAliveTimeout",
      "65000",
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: options.distDir,
        DATABASE_URL: options.databaseUrl ?? "",
        PGLITE_DIR: options.pgliteDir ?? "memory://",
        AUTH_SECRET: "bench-secret-not-for-production-0123456789abcdef",
        SEED_DEMO: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        // As package.json's start script runs the server: glibc's malloc with 2 arenas, not one per
        // thread (8 × cores), and young-generation semi-spaces of 2 MiB on the embedded database,
        // 64 MiB on a Postgres server (scripts/start.ts says why).
        MALLOC_ARENA_MAX: "2",
        NODE_OPTIONS: `--max-semi-space-size=${options.databaseUrl ? 64 : 2} ${process.env.NODE_OPTIONS ?? ""}`.trim(),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  running.add(child);
  child.once("exit", () => running.delete(child));
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`next start did not answer within 300 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250)); // polling the server's start
  }
  return {
    base,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () => stopChild(child),
  };
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`port ${port} is in use: set BENCH_PORT to a free one`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** fetch, tried once more when a kept-alive socket was closed under it (every request here is safe to repeat). */
export function request(url: string, init?: RequestInit): Promise<Response> {
  return fetch(url, init).catch(() => fetch(url, init));
}

/**
 * CPU time a process has used so far (user + system), in ms (Linux). Per request, it is a figure
 * a shared machine disturbs far less than requests per second (which wait for the other workers).
 */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/**
 * CPU time (ms) each live Postgres backend of `database` has used so far, by pid; null when the
 * server is not on this machine (its processes are not in /proc). Two samples give what the
 * backends spent between them: the database's share of a request, beside the app server's.
 */
export async function databaseBackendsCpu(sql: postgres.Sql, database: string): Promise<Map<number, number> | null> {
  const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      cpu.set(pid, cpuMs(pid));
    } catch {
      if (rows.length && cpu.size === 0) return null; // not a local server
    }
  }
  return cpu;
}

/** What the backends spent between two samples (a backend new in the second counts whole). */
export function backendsCpuSpent(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

/** Resident memory of a process, in MiB (Linux). */
export function residentMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function mergeCookies(cookie: string, response: Response): string {
  const jar = new Map(
    cookie
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/**
 * Signs in through Auth.js's credentials endpoint; returns the cookie header of the session. On
 * a busy machine the server's database check can time out and answer 503 for a moment: tried again.
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(base, email, password);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000 * attempt)); // the 503's Retry-After, roughly
    }
  }
}

async function signInOnce(base: string, email: string, password: string): Promise<string> {
  const csrf = await request(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookie = mergeCookies("", csrf);
  const response = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password }),
    redirect: "manual",
  });
  cookie = mergeCookies(cookie, response);
  if (!/authjs\.session-token=/.test(cookie)) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return cookie;
}

/**
 * The JavaScript a page needs before it is interactive: every chunk its HTML names (script tags
 * and the chunk lists of its client components in the inline RSC payload), with each chunk's
 * gzip size. Chunks loaded later (next/dynamic, import()) are not named there, so not counted.
 */
export async function firstLoadChunks(base: string, pagePath: string, cookie: string): Promise<Map<string, number>> {
  const html = await (await request(`${base}${pagePath}`, { headers: { cookie } })).text();
  const names = new Set([...html.matchAll(/\/_next\/static\/chunks\/[A-Za-z0-9_\-./~]+?\.js/g)].map((m) => m[0]));
  const sizes = new Map<string, number>();
  for (const name of names) {
    const body = Buffer.from(await (await request(`${base}${name}`)).arrayBuffer());
    sizes.set(name, zlib.gzipSync(body, { level: 9 }).length);
  }
  return sizes;
}
