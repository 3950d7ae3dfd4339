/**
 * `npm run test:outage` (part of `npm test` when TEST_DATABASE_URL is set): the production build
 * on a Postgres database reached through a TCP proxy, which the test cuts and restores.
 *
 * While the database is cut, pages and APIs must answer 503 with Retry-After and a plain message,
 * each within 3 s (asserted < 5 s, for a loaded machine; the timings are printed); after it is
 * restored, everything must work again within 5 s (asserted < 8 s) with no slow request left over;
 * the server log must hold no uncaught exception. The last line is `N passed, N failed`.
 */
import fs from "node:fs";
import path from "node:path";
import { FuzzClient, type Session } from "../fuzz/http";
import { choosePort, startServer } from "../support/next-server";
import { startCuttableProxy } from "./tcp-proxy";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-e2e";
const ANSWER_BUDGET_MS = 5_000; // the requirement is 3 s; the margin is for a loaded machine
const RECOVERY_BUDGET_MS = 8_000; // the requirement is 5 s

let passed = 0;
let failed = 0;
function check(what: string, ok: boolean, detail = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}${detail ? ` (${detail})` : ""}`);
}

interface Probe {
  name: string;
  path: string;
  init?: RequestInit;
}

async function timed(client: FuzzClient, probe: Probe, session: Session) {
  const started = performance.now();
  try {
    const response = await client.request(probe.path, { ...probe.init, session, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    return { status: response.status, retryAfter: response.headers.get("retry-after"), text, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 0, retryAfter: null, text: String(error), ms: Math.round(performance.now() - started) };
  }
}

/** Ask until `done` says yes or the budget runs out; returns how long it took (or null). */
async function waitFor(budgetMs: number, done: () => Promise<boolean>): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    if (await done()) return Math.round(performance.now() - started);
  }
  return null;
}

async function main(): Promise<void> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    console.log("outage: needs a Postgres server; set TEST_DATABASE_URL (CI does). Nothing run.");
    console.log("0 passed, 0 failed");
    return;
  }
  const upstream = new URL(admin);
  const proxy = await startCuttableProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) });
  const server = await startServer({
    port: await choosePort(process.env.OUTAGE_PORT),
    distDir: DIST_DIR,
    routeDatabaseUrl: (url) => {
      const routed = new URL(url);
      routed.hostname = "127.0.0.1";
      routed.port = String(proxy.port);
      return routed.toString();
    },
  });
  const client = new FuzzClient(server.base);
  const timings: string[] = [];
  try {
    const student = await client.signIn("student", "sophea@demo.kizuna", "kizuna-demo");
    const probes: Probe[] = [
      { name: "page /study", path: "/study" },
      { name: "page /timeline", path: "/timeline" },
      { name: "API GET /api/study/queue", path: "/api/study/queue" },
      { name: "API GET /api/me", path: "/api/me" },
      {
        name: "API POST /api/reviews",
        path: "/api/reviews",
        init: { method: "POST", headers: { "content-type": "application/json", origin: client.base }, body: '{"reviews":[]}' },
      },
    ];
    console.log("\nbefore the cut");
    for (const probe of probes) {
      const answer = await timed(client, probe, student);
      check(`${probe.name} answers`, answer.status > 0 && answer.status < 500, `${answer.status} in ${answer.ms} ms`);
    }
    const health = await timed(client, { name: "health", path: "/api/health" }, student);
    check("/api/health says the database is up", health.status === 200 && health.text.includes('"database":"up"'), health.text);

    console.log("\ndatabase cut");
    proxy.cut();
    const cutAt = performance.now();
    // Every request from the cut on is timed; each must answer (503 once the gate has closed).
    const firstUnavailable = await waitFor(10_000, async () => {
      const answer = await timed(client, probes[0] as Probe, student);
      if (answer.status !== 503) timings.push(`  before the gate closed: ${probes[0]?.name} ${answer.status} in ${answer.ms} ms`);
      return answer.status === 503;
    });
    check(
      "pages answer 503 soon after the cut",
      firstUnavailable !== null && firstUnavailable < ANSWER_BUDGET_MS,
      `after ${firstUnavailable} ms`,
    );
    timings.push(`first 503 on a page: ${firstUnavailable} ms after the cut`);
    for (const probe of probes) {
      const answer = await timed(client, probe, student);
      check(
        `${probe.name}: 503 with Retry-After and a plain message, fast`,
        answer.status === 503 && answer.retryAfter === "5" && /cannot reach its database/.test(answer.text) && answer.ms < ANSWER_BUDGET_MS,
        `${answer.status} in ${answer.ms} ms`,
      );
      timings.push(`${probe.name} while down: ${answer.status} in ${answer.ms} ms`);
    }
    const downHealth = await timed(client, { name: "health", path: "/api/health" }, student);
    check(
      "/api/health says the database is down, fast",
      downHealth.status === 503 && downHealth.text.includes('"database":"down"') && downHealth.ms < ANSWER_BUDGET_MS,
      `${downHealth.status} in ${downHealth.ms} ms`,
    );
    timings.push(`/api/health while down: ${downHealth.status} in ${downHealth.ms} ms`);
    timings.push(`outage lasted ${Math.round(performance.now() - cutAt)} ms`);

    console.log("\ndatabase restored");
    await proxy.restore();
    const recovered = await waitFor(RECOVERY_BUDGET_MS + 5_000, async () => {
      const [page, api] = await Promise.all([timed(client, probes[0] as Probe, student), timed(client, probes[2] as Probe, student)]);
      return page.status === 200 && api.status === 200;
    });
    check(
      "pages and APIs work again soon after the database returns",
      recovered !== null && recovered < RECOVERY_BUDGET_MS,
      `after ${recovered} ms`,
    );
    timings.push(`recovered: ${recovered} ms after the restore`);
    const after = await Promise.all(probes.concat(probes).map((probe) => timed(client, probe, student)));
    const slowest = Math.max(...after.map((a) => a.ms));
    check(
      "no slow or failing request after recovery",
      after.every((a) => a.status > 0 && a.status < 500) && slowest < 3_000,
      `slowest ${slowest} ms`,
    );
    timings.push(`slowest of ${after.length} requests after recovery: ${slowest} ms`);

    await server.stop();
    const log = server.output();
    check(
      "no uncaught exception in the server log",
      !/uncaught|reading 'write'/i.test(log),
      log.split("\n").find((l) => /uncaught|reading 'write'/i.test(l)) ?? "",
    );
  } catch (error) {
    failed++;
    console.log(`FAIL ${String(error instanceof Error ? error.stack : error)}\n${server.output().slice(-2000)}`);
  } finally {
    await server.stop();
    await server.dropDatabase();
    await proxy.close();
  }
  console.log(`\ntimings:\n  ${timings.join("\n  ")}`);
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync(path.join("test-results", "outage-results.json"), JSON.stringify({ passed, failed, timings }));
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

void main();
