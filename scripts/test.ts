/**
 * `npm test`: every suite, one verdict.
 *   1. the item-quality linter over the whole question bank (`npm run questions:lint`)
 *   2. unit tests (lib/) and database tests (PGlite, plus Postgres when TEST_DATABASE_URL is set)
 *   3. a production build with its service worker (into .next-e2e, only when the code changed)
 *   4. Playwright in Chromium at desktop and phone sizes against `next start` on a fresh
 *      in-memory database
 *   4. the fuzz suite: hostile requests over HTTP against the same build (npm run test:fuzz)
 *   5. the outage suite: the database cut and restored under that build (npm run test:outage;
 *      runs when TEST_DATABASE_URL is set, as in CI)
 * It ends with one line `N passed, N failed` (what CI reads) and exits non-zero on any failure.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildApp } from "./lib/build-app";
import { buildIsStale } from "./lib/build-state";

const root = process.cwd();
const results = path.join(root, "test-results");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
fs.mkdirSync(results, { recursive: true });

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
}

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const child = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return child.status ?? 1;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** The question bank against every item-writing rule: one check, passed only with zero violations. */
function lintSuite(): Tally {
  console.log("\n▶ question bank lint (npm run questions:lint)\n");
  const ok = run(bin("tsx"), [path.join("scripts", "lint-questions.ts")]) === 0;
  return { suite: "questions:lint", passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ok };
}

function vitestSuite(): Tally {
  const output = path.join(results, "vitest-results.json");
  fs.rmSync(output, { force: true });
  const engines = process.env.TEST_DATABASE_URL ? "PGlite and Postgres" : "PGlite only (set TEST_DATABASE_URL for Postgres too)";
  console.log(`\n▶ unit and database tests — database engines: ${engines}\n`);
  const status = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${output}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(output);
  return {
    suite: "unit+db",
    passed: report?.numPassedTests ?? 0,
    failed: report ? report.numFailedTests : 1,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    ok: status === 0 && !!report,
  };
}

function browserSuite(): Tally {
  const distDir = ".next-e2e";
  if (buildIsStale(root, distDir)) {
    console.log("\n▶ production build for the browser tests\n");
    if (!buildApp(root, { ...process.env, NEXT_DIST_DIR: distDir })) {
      return { suite: "e2e", passed: 0, failed: 1, skipped: 0, ok: false };
    }
  }
  console.log("\n▶ browser tests (Playwright, Chromium: desktop, Pixel 7, iPhone 13)\n");
  const output = path.join(results, "e2e-results.json");
  fs.rmSync(output, { force: true });
  const status = run(bin("playwright"), ["test"]);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
  return {
    suite: "e2e",
    passed: report ? report.stats.expected + report.stats.flaky : 0,
    failed: report ? report.stats.unexpected : 1,
    skipped: report?.stats.skipped ?? 0,
    ok: status === 0 && !!report,
  };
}

/** Hostile requests against the same production build (tests/fuzz): FUZZ_RUNS of them, 1000 by default. */
function fuzzSuite(): Tally {
  console.log("\n▶ fuzz: hostile requests to every server action and route handler (tests/fuzz)\n");
  const output = path.join(results, "fuzz-results.json");
  fs.rmSync(output, { force: true });
  const status = run(bin("tsx"), ["tests/fuzz/fuzz.ts"], { NEXT_DIST_DIR: ".next-e2e" });
  const report = readJson<{ passed: number; failed: number }>(output);
  return { suite: "fuzz", passed: report?.passed ?? 0, failed: report ? report.failed : 1, skipped: 0, ok: status === 0 && !!report };
}

/** The database going away and coming back (tests/outage): needs a Postgres server (TEST_DATABASE_URL). */
function outageSuite(): Tally {
  console.log("\n▶ outage: the database cut and restored under the production build (tests/outage)\n");
  const output = path.join(results, "outage-results.json");
  fs.rmSync(output, { force: true });
  const status = run(bin("tsx"), ["tests/outage/outage.ts"], { NEXT_DIST_DIR: ".next-e2e" });
  if (!process.env.TEST_DATABASE_URL)
    return { suite: "outage (needs TEST_DATABASE_URL)", passed: 0, failed: 0, skipped: 0, ok: status === 0 };
  const report = readJson<{ passed: number; failed: number }>(output);
  return { suite: "outage", passed: report?.passed ?? 0, failed: report ? report.failed : 1, skipped: 0, ok: status === 0 && !!report };
}

const started = Date.now();
// The fuzz and outage suites reuse the build the browser suite made (or found up to date).
const tallies = [lintSuite(), vitestSuite(), browserSuite(), fuzzSuite(), outageSuite()];
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
const skipped = tallies.reduce((n, t) => n + t.skipped, 0);
console.log("");
for (const t of tallies) console.log(`  ${t.ok ? "ok  " : "FAIL"} ${t.suite}: ${t.passed} passed, ${t.failed} failed`);
console.log(`  in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(tallies.every((t) => t.ok) && failed === 0 ? 0 : 1);
