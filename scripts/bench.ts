/**
 * `npm run bench` — the speed figures of issue 13 in one run, ending with one JSON line:
 *   1. review writes: reviews persisted per second through POST /api/reviews (8 connections, the
 *      production build on a Postgres database) against pgbench running recordReviews's SQL
 *      (scripts/lib/bench-schema.ts), at batches of 1, 10 and 50; then one review per request at a
 *      fixed arrival rate of 100 requests/s (open loop), its latency percentiles;
 *   2. the first-load JavaScript (gzip) of /study/practice over an empty page (the 404) of the same build;
 *   3. the assignment dashboard's server time, read as its page reads it (scripts/lib/load-dashboard.ts):
 *      the demo class, then a class of 40 students × 30 questions with 1 M and 10 M review rows
 *      (seeded with set-based SQL, then scripts/lib/refresh-derived-tables.ts);
 *   4. the study queue of a student with 10,000 knowledge items met (and 100,000 review logs);
 *   5. the embedded (PGlite) server's resident memory when idle, after a first start and a restart.
 * Everything runs in a scratch database made on BENCH_DATABASE_URL (default: the local server
 * postgres://postgres@127.0.0.1:5432/postgres) and dropped at the end — also on an error or
 * Ctrl-C — and builds the app into .next first when the code changed (as `npm start` does).
 * Prints figures; asserts nothing.
 *
 *   BENCH_SECONDS (default 10) — length of each throughput run
 *   BENCH_REVIEWS_1M (default 1000000) — review rows of the first dashboard step
 *   BENCH_REVIEWS_10M (default 10000000; 0 skips the step) — review rows of the second, in total
 *   BENCH_PANEL_TIMEOUT_S (default 60) — a dashboard query running longer is stopped, its figure left out
 *   BENCH_PORT (default: a free one) — the port the servers listen on
 *   BENCH_NODE_FLAGS — node flags for the servers, e.g. "--liftoff-only" to try a V8 setting's effect on memory
 *   BENCH_RATE_SECONDS (default 10) — length of the fixed-rate single-review latency run
 *
 *   `npm run bench -- --only reviews` runs step 1 alone (the review writes and the latency at 100
 *   requests/s, about 2 minutes): the other keys of the JSON line are then null.
 */
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import type { Db } from "../db/client";
import * as schema from "../db/schema";
import { loadStudyQueue } from "../db/queries/study-queue";
import { seedDemoClass } from "../db/seed/demo-class";
import { DEMO_PASSWORD } from "../db/seed/demo-users";
import { choosePort } from "../tests/support/next-server";
import {
  addClassReviews,
  benchQuestionId,
  pgbenchReviewScript,
  runOnServer,
  seedBenchQuestions,
  seedBenchStudents,
  seedDashboardClass,
  seedQueueStudent,
} from "./lib/bench-schema";
import {
  backendsCpuSpent,
  cpuMs,
  databaseBackendsCpu,
  firstLoadChunks,
  residentMiB,
  signIn,
  startBenchServer,
  stopAllBenchServers,
} from "./lib/bench-server";
import { buildApp } from "./lib/build-app";
import { post } from "./lib/bench-http";
import { buildIsStale } from "./lib/build-state";
import { embeddedIdleRss as measureEmbeddedIdleRss } from "./lib/embedded-idle-rss";
import { dashboardPanels, loadAssignmentDashboard, type DashboardInput } from "./lib/load-dashboard";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rows1m = Number(process.env.BENCH_REVIEWS_1M ?? 1_000_000);
const rows10m = Number(process.env.BENCH_REVIEWS_10M ?? 10_000_000);
const rateSeconds = Number(process.env.BENCH_RATE_SECONDS ?? 10);
const onlyReviews = process.argv.includes("--only") && process.argv[process.argv.indexOf("--only") + 1] === "reviews";
const CONNECTIONS = 8;
/** The arrival rate of the single-review latency run (issue 13: p99 ≤ 25 ms at 100 requests/s). */
const RATE_PER_SECOND = 100;
const BATCHES = [1, 10, 50] as const;
const BENCH_QUESTIONS = 10_000;
/** A dashboard query still running after this is stopped (and its figure left out), so the run ends in time. */
const PANEL_TIMEOUT_S = Number(process.env.BENCH_PANEL_TIMEOUT_S ?? 60);
const DEMO_STUDENT = "sophea@demo.kizuna";
const QUEUE_ITEMS = 10_000;
const QUEUE_LOGS = 100_000;
/** Above this page time the panel-by-panel breakdown is left out (it would cost as much again). */
const BREAKDOWN_UNDER_MS = 10_000;
const benchStart = performance.now();

const elapsed = () => `${((performance.now() - benchStart) / 1000).toFixed(0)} s`;
const say = (line: string) => console.log(line);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const roundOrNull = (n: number | null) => (n === null ? null : round(n));
const rowsLabel = (n: number) => (n % 1_000_000 === 0 ? `${n / 1_000_000} M` : n.toLocaleString("en"));

/**
 * What the run made and must undo, newest first. Run by the finally of main and by a signal
 * handler (Ctrl-C), each step once: a scratch database is never left behind.
 */
let interrupted = false;
const cleanups: { label: string; run: () => Promise<unknown> | unknown }[] = [];
function onCleanup(label: string, run: () => Promise<unknown> | unknown) {
  cleanups.push({ label, run });
}
async function cleanUp() {
  // Servers first: nothing should still be using the database when it is dropped.
  await stopAllBenchServers();
  for (let step = cleanups.pop(); step; step = cleanups.pop()) {
    try {
      await step.run();
    } catch (error) {
      console.error(`  cleanup "${step.label}" failed: ${(error as Error).message}`);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    say(`\n${signal}: cleaning up…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Median time of `run` after one warm-up, with as many runs as fit in ~3 s (at least 1, at most 15). */
async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const first = performance.now();
  await run();
  const once = performance.now() - first;
  const runs = Math.max(1, Math.min(15, Math.floor(3000 / Math.max(once, 1))));
  if (once > 3000) return once; // a cold run this slow is the figure; more runs would not fit the budget
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const isTimeout = (error: unknown) =>
  (error as { code?: string }).code === "57014" || (error as { cause?: { code?: string } }).cause?.code === "57014";

/**
 * The assignment dashboard's server time: its page's reads as the page makes them (median), then
 * each read alone when that is cheap enough to repeat. Null when a query hit the timeout.
 */
async function timeDashboard(db: Db, label: string, input: Omit<DashboardInput, "now">): Promise<number | null> {
  const now = new Date();
  let total: number | null;
  try {
    total = await timeIt(() => loadAssignmentDashboard(db, { ...input, now }));
  } catch (error) {
    if (!isTimeout(error)) throw error;
    total = null;
  }
  const parts: string[] = [];
  if (total !== null && total <= BREAKDOWN_UNDER_MS) {
    for (const [name, run] of dashboardPanels(db, { ...input, now })) parts.push(`${name} ${(await timeIt(run)).toFixed(1)}`);
  }
  const figure = total === null ? `> ${PANEL_TIMEOUT_S} s, stopped` : `${total.toFixed(1).padStart(9)} ms`;
  say(`  dashboard, ${label.padEnd(24)} ${figure}${parts.length ? `   (alone: ${parts.join(", ")})` : ""}`);
  return total;
}

interface Throughput {
  perSecond: number;
  requests: number;
  p50: number;
  p99: number;
  refused: number;
  failed: number;
}

/** A review post's answer: its results, or {} when it is not JSON (a proxy's error page). */
function parseAnswer(text: string): { results?: { status: string }[] } {
  try {
    return JSON.parse(text) as { results?: { status: string }[] };
  } catch {
    return {};
  }
}

/** 8 connections posting batches of flashcard reviews for `seconds`; counts reviews recorded. */
async function apiThroughput(base: string, cookies: string[][], batch: number, runSeconds = seconds): Promise<Throughput> {
  const latencies: number[] = [];
  let recorded = 0;
  let refused = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + runSeconds * 1000;
  await Promise.all(
    cookies.map(async (mine, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const cookie = mine[i % mine.length] ?? "";
        const reviewedAt = new Date().toISOString();
        const reviews = Array.from({ length: batch }, () => ({
          id: crypto.randomUUID(),
          questionId: benchQuestionId(1 + crypto.randomInt(BENCH_QUESTIONS)),
          mode: "flashcard",
          rating: "good",
          responseMs: 3000,
          reviewedAt,
        }));
        const start = performance.now();
        const response = await post(
          `${base}/api/reviews`,
          { "content-type": "application/json", origin: base, cookie },
          JSON.stringify({ reviews }),
        );
        const body = parseAnswer(response.body);
        latencies.push(performance.now() - start);
        if (response.status === 200) recorded += body.results?.filter((r) => r.status === "recorded").length ?? 0;
        else if (response.status === 429) refused++;
        else if (failed++ === 0) say(`  (worker ${worker}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 200)})`);
      }
    }),
  );
  const secondsTaken = (performance.now() - started) / 1000;
  return {
    perSecond: recorded / secondsTaken,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    refused,
    failed,
  };
}

interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** How late the last request left against its schedule (the client falling behind on a busy machine). */
  maxSendLagMs: number;
  failed: number;
}

/**
 * One review per request at a fixed arrival rate for `runSeconds`, open loop: request i is sent
 * at start + i / rate whether or not earlier ones have been answered (each on a socket of its own
 * if need be), and its latency counts from that scheduled time, so a slow answer delays nothing
 * and hides nothing. The students take turns, keeping each under the API's rate limit.
 */
async function apiLatencyAtRate(base: string, cookies: string[], rate: number, runSeconds: number): Promise<Latency> {
  const total = Math.round(rate * runSeconds);
  const latencies: number[] = [];
  let failed = 0;
  let maxSendLagMs = 0;
  const started = performance.now();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = started + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait)); // the arrival schedule, not a wait for a result
    maxSendLagMs = Math.max(maxSendLagMs, performance.now() - scheduled);
    const cookie = cookies[i % cookies.length] ?? "";
    const body = JSON.stringify({
      reviews: [
        {
          id: crypto.randomUUID(),
          questionId: benchQuestionId(1 + crypto.randomInt(BENCH_QUESTIONS)),
          mode: "flashcard",
          rating: "good",
          responseMs: 3000,
          reviewedAt: new Date().toISOString(),
        },
      ],
    });
    sends.push(
      post(`${base}/api/reviews`, { "content-type": "application/json", origin: base, cookie }, body)
        .then((response) => {
          latencies.push(performance.now() - scheduled);
          if (response.status !== 200 && failed++ === 0) say(`  (latency run: HTTP ${response.status})`);
        })
        // A request that never got an answer is a failure of the run, counted, not the end of the bench.
        .catch((error: unknown) => {
          if (failed++ === 0) say(`  (latency run: ${(error as Error).message})`);
        }),
    );
  }
  await Promise.all(sends);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    maxSendLagMs,
    failed,
  };
}

function pgbenchThroughput(url: string, batch: number): number {
  const file = path.join(os.tmpdir(), `kizuna-bench-b${batch}-${process.pid}.sql`);
  fs.writeFileSync(file, pgbenchReviewScript(batch, { studentTag: 4, questions: BENCH_QUESTIONS }));
  try {
    const out = execFileSync(
      "pgbench",
      ["-n", "-M", "prepared", "-c", String(CONNECTIONS), "-j", "2", "-T", String(seconds), "-f", file, url],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? 0);
    return tps * batch;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function hasPgbench(): boolean {
  return spawnSync("pgbench", ["--version"], { stdio: "ignore" }).status === 0;
}

/** The embedded server's idle resident memory after signed-in study traffic (scripts/lib/embedded-idle-rss.ts). */
async function embeddedIdleRss(port: number, pgliteDir: string, label: string): Promise<number> {
  const { rss } = await measureEmbeddedIdleRss({ port, distDir, pgliteDir });
  say(`  embedded server idle RSS, ${label.padEnd(12)} ${rss.toFixed(0)} MiB`);
  return rss;
}

/** The figures of the JSON line, filled in as they are measured (a failed run still prints what it got). */
const result: Record<string, number | null> = {};

async function main(): Promise<void> {
  say(
    `kizuna bench — ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} (figures are noisy when the machine is shared)`,
  );
  if (buildIsStale(root, distDir)) {
    say(`building the app into ${distDir} (the code changed)…`);
    const started = performance.now();
    if (!buildApp(root, { ...process.env, NEXT_DIST_DIR: distDir, KIZUNA_BUILD_FOR_START: "1" })) throw new Error("the build failed");
    say(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  const adminUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `kizuna_bench_${crypto.randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  onCleanup("close the admin connection", () => admin.end({ timeout: 5 }));
  await admin.unsafe(`create database ${name}`);
  onCleanup(`drop ${name}`, async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    say(`\ndropped ${name}; total ${elapsed()}`);
  });
  say(`scratch database ${name} on ${url.host}`);
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "kizuna-bench-"));
  onCleanup("remove the PGlite folder", () => fs.rmSync(pgliteDir, { recursive: true, force: true }));
  const port = await choosePort(process.env.BENCH_PORT);

  // 1. Review writes through the API and through pgbench, interleaved per batch size.
  say(`\n1. review writes: ${CONNECTIONS} connections, ${seconds} s per run (reviews recorded per second)`);
  const server = await startBenchServer({ port, distDir, databaseUrl: dbUrl });
  const sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
  onCleanup("close the seeding connections", () => sql.end({ timeout: 5 }));
  let rssPostgres = 0;
  try {
    await seedBenchQuestions(sql, BENCH_QUESTIONS);
    await seedBenchStudents(sql, { tag: 4, count: CONNECTIONS }); // pgbench's, one per client
    // The API limits each student to 120 posts a minute: every run gets students of its own, enough
    // that none comes near the limit at a few hundred posts a second (a 429 is not a write).
    const perWorker = { 1: 8, 10: 4, 50: 4 } as const;
    const cookiesFor = new Map<number, string[][]>();
    for (const [index, batch] of BATCHES.entries()) {
      const emails = await seedBenchStudents(sql, { tag: 1 + index, count: CONNECTIONS * perWorker[batch], passwordFrom: DEMO_STUDENT });
      const cookies: string[] = [];
      for (let i = 0; i < emails.length; i += 4) {
        cookies.push(...(await Promise.all(emails.slice(i, i + 4).map((email) => signIn(server.base, email, DEMO_PASSWORD)))));
      }
      cookiesFor.set(
        batch,
        Array.from({ length: CONNECTIONS }, (_, w) => cookies.filter((_, i) => i % CONNECTIONS === w)),
      );
    }
    // The latency run's students: each takes every 16th request, well under its 120 posts a minute.
    const rateEmails = await seedBenchStudents(sql, { tag: 5, count: 16, passwordFrom: DEMO_STUDENT });
    const rateCookies: string[] = [];
    for (let i = 0; i < rateEmails.length; i += 4) {
      rateCookies.push(...(await Promise.all(rateEmails.slice(i, i + 4).map((email) => signIn(server.base, email, DEMO_PASSWORD)))));
    }
    const pgbench = hasPgbench();
    if (!pgbench) say("  pgbench is not installed (Debian: apt-get install postgresql-client): ratios are left out");
    // A fresh server's first requests run unoptimised code (pgbench has no such start): 3 s of
    // posts first, not counted.
    await apiThroughput(server.base, cookiesFor.get(1) ?? [], 1, 3);
    for (const batch of BATCHES) {
      const cpuBefore = cpuMs(server.pid);
      const databaseBefore = await databaseBackendsCpu(sql, name);
      const clientBefore = process.cpuUsage();
      const api = await apiThroughput(server.base, cookiesFor.get(batch) ?? [], batch);
      const clientCpu = process.cpuUsage(clientBefore);
      const cpuPerRequest = (cpuMs(server.pid) - cpuBefore) / Math.max(1, api.requests);
      // This script's own share (building bodies, sending, parsing answers): it runs on the same cores.
      const clientPerRequest = (clientCpu.user + clientCpu.system) / 1000 / Math.max(1, api.requests);
      const databaseSpent = backendsCpuSpent(databaseBefore, await databaseBackendsCpu(sql, name));
      const ceiling = pgbench ? pgbenchThroughput(dbUrl, batch) : 0;
      const ratio = pgbench && ceiling > 0 ? api.perSecond / ceiling : null;
      result[`reviews_ratio_b${batch}`] = ratio === null ? null : round(ratio, 3);
      say(
        `  batch ${String(batch).padStart(2)}: API ${api.perSecond.toFixed(0).padStart(6)}/s (${api.requests} requests, p50 ${api.p50.toFixed(0)} ms, p99 ${api.p99.toFixed(0)} ms` +
          `${api.refused ? `, ${api.refused} refused 429` : ""}${api.failed ? `, ${api.failed} failed` : ""}; server CPU ${cpuPerRequest.toFixed(1)} ms/request` +
          `${databaseSpent === null ? "" : `, Postgres ${(databaseSpent / Math.max(1, api.requests)).toFixed(1)}`}, client ${clientPerRequest.toFixed(1)})` +
          `   pgbench ${pgbench ? ceiling.toFixed(0).padStart(6) : "     —"}/s   ratio ${ratio === null ? "—" : ratio.toFixed(3)}`,
      );
    }

    const cpuBefore = cpuMs(server.pid);
    const latency = await apiLatencyAtRate(server.base, rateCookies, RATE_PER_SECOND, rateSeconds);
    const cpuPerRequest = (cpuMs(server.pid) - cpuBefore) / Math.max(1, latency.requests);
    result.review_p99_ms_at_100rps = round(latency.p99);
    say(
      `  1 review at ${RATE_PER_SECOND} requests/s for ${rateSeconds} s (open loop): p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, ` +
        `p99 ${latency.p99.toFixed(1)} ms (${latency.requests} requests${latency.failed ? `, ${latency.failed} failed` : ""}; ` +
        `sends up to ${latency.maxSendLagMs.toFixed(0)} ms behind schedule; server CPU ${cpuPerRequest.toFixed(1)} ms/request)`,
    );
    if (onlyReviews) return;

    // 2. First-load JavaScript of the quiz page over an empty page of the same build.
    const cookie = await signIn(server.base, DEMO_STUDENT, DEMO_PASSWORD);
    const quiz = await firstLoadChunks(server.base, "/study/practice", cookie);
    const empty = await firstLoadChunks(server.base, "/bench-no-such-page", cookie);
    const total = (chunks: Map<string, number>) => [...chunks.values()].reduce((a, b) => a + b, 0) / 1024;
    const extra = [...quiz].filter(([chunk]) => !empty.has(chunk)).reduce((a, [, size]) => a + size, 0) / 1024;
    result.quiz_js_kb_over_base = round(extra);
    say(
      `\n2. first-load JavaScript (gzip): /study/practice ${total(quiz).toFixed(1)} KB, empty page ${total(empty).toFixed(1)} KB, quiz adds ${extra.toFixed(1)} KB`,
    );
    rssPostgres = residentMiB(server.pid);
  } finally {
    await server.stop();
  }

  // 3 and 4. Dashboard and queue, timed as the page's queries (server time, no HTTP), on a pool
  // of the app's size (the page reads its panels at once).
  say(`\n3. assignment dashboard (server time of its page's reads, median) and the study queue`);
  const client = postgres(dbUrl, { max: 10, onnotice: () => {}, connection: { statement_timeout: PANEL_TIMEOUT_S * 1000 } });
  onCleanup("close the dashboard pool", () => client.end({ timeout: 5 }));
  const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
  const now = new Date();
  let seeded = performance.now();
  const demo = await seedDemoClass(db, { now });
  const demoAssignment = demo.assignments.find((a) => a.isQuiz) ?? demo.assignments[0];
  if (!demoAssignment) throw new Error("the demo class has no assignment");
  say(
    `  (seeded the demo class, ${demo.reviews} review rows through recordReviews, in ${((performance.now() - seeded) / 1000).toFixed(0)} s)`,
  );
  result.dashboard_ms_demo = roundOrNull(
    await timeDashboard(db, `demo class (${demo.reviews} rows)`, {
      teacherId: demo.teacherId,
      assignmentId: demoAssignment.id,
      classId: demo.classId,
    }),
  );

  seeded = performance.now();
  const queueStudent = await seedQueueStudent(runOnServer(sql), { tag: 6, items: QUEUE_ITEMS, logs: QUEUE_LOGS });
  say(
    `  (seeded a student with ${QUEUE_ITEMS.toLocaleString("en")} items and ${QUEUE_LOGS.toLocaleString("en")} logs in ${((performance.now() - seeded) / 1000).toFixed(0)} s)`,
  );
  const queueMs = await timeIt(() => loadStudyQueue(db, { userId: queueStudent, now: new Date(), utcOffsetMinutes: 0, scope: {} }));
  result.queue_ms_10k = round(queueMs);
  say(`  study queue, ${QUEUE_ITEMS.toLocaleString("en")} items met      ${queueMs.toFixed(1).padStart(9)} ms`);

  const klass = await seedDashboardClass(sql, { tag: 7, students: 40, questions: 30, now, historyDays: 60 });
  const ids = { teacherId: klass.teacherId, assignmentId: klass.assignmentId, classId: klass.classId };
  const seedTo = async (rows: number) => {
    const started = performance.now();
    const added = rows - klass.reviews;
    const t = await addClassReviews(sql, db, klass, { count: added, now, historyDays: 60 });
    say(
      `  (seeded ${rowsLabel(added)} review rows in ${((performance.now() - started) / 1000).toFixed(0)} s: insert ${t.insertSeconds.toFixed(0)} s, ` +
        `indexes ${t.indexSeconds.toFixed(0)} s, item states + derived tables + analyze ${t.derivedSeconds.toFixed(0)} s; at ${elapsed()})`,
    );
  };
  await seedTo(rows1m);
  result.dashboard_ms_1m = roundOrNull(await timeDashboard(db, `40 × 30, ${rowsLabel(rows1m)} rows`, ids));
  if (rows10m > rows1m) {
    await seedTo(rows10m);
    result.dashboard_ms_10m = roundOrNull(await timeDashboard(db, `40 × 30, ${rowsLabel(rows10m)} rows`, ids));
  } else {
    result.dashboard_ms_10m = null;
    say(`  (the ${rowsLabel(10_000_000)} step is skipped: BENCH_REVIEWS_10M=${process.env.BENCH_REVIEWS_10M})`);
  }
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? `${(a / b).toFixed(1)}×` : "—");
  say(
    `  ratios: ${rowsLabel(rows1m)} / demo ${ratio(result.dashboard_ms_1m, result.dashboard_ms_demo)}, ` +
      (rows10m > rows1m
        ? `${rowsLabel(rows10m)} / ${rowsLabel(rows1m)} ${ratio(result.dashboard_ms_10m, result.dashboard_ms_1m)}`
        : "no second step"),
  );
  await client.end({ timeout: 5 });
  await sql.end({ timeout: 5 });

  // 5. The embedded default's idle memory, next to the same build on Postgres.
  say(`\n5. resident memory of the server process (after signed-in study traffic, then 20 s idle)`);
  say(`  on Postgres (after the write runs)  ${rssPostgres.toFixed(0)} MiB`);
  const dataDir = path.join(pgliteDir, "data");
  const first = await embeddedIdleRss(port, dataDir, "first start");
  const again = await embeddedIdleRss(port, dataDir, "restart");
  result.rss_mib_embedded_idle = Math.round(Math.max(first, again));
}

const KEYS = [
  "reviews_ratio_b1",
  "reviews_ratio_b10",
  "reviews_ratio_b50",
  "dashboard_ms_demo",
  "dashboard_ms_1m",
  "dashboard_ms_10m",
  "queue_ms_10k",
  "quiz_js_kb_over_base",
  "rss_mib_embedded_idle",
  "review_p99_ms_at_100rps",
] as const;

try {
  await main();
} catch (error) {
  // Once interrupted, what fails next is the cleanup pulling things from under the run.
  if (!interrupted) console.error(`\nthe bench failed at ${elapsed()}:`, error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
console.log(JSON.stringify(Object.fromEntries(KEYS.map((k) => [k, result[k] ?? null]))));
