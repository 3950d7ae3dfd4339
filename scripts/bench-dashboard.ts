/**
 * `npm run bench:dashboard` — server time of the assignment dashboard on the demo class: seeds it
 * into a fresh in-memory PGlite and, when BENCH_DATABASE_URL is set, into a scratch database on
 * that server (created here, dropped afterwards), then times each panel's query. Prints figures;
 * asserts nothing.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:dashboard
 */
import type { DbHandle } from "../db/client";
import { listAssignmentItems, listAssignmentStudents, listClassRecallByTopic, countCompletionPerDay } from "../db/queries/dashboard";
import { seedDatabase } from "../db/seed";
import { seedDemoClass } from "../db/seed/demo-class";
import { benchOnEachEngine } from "./lib/bench-engines";
import { loadAssignmentDashboard } from "./lib/load-dashboard";

const RUNS = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function time(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await run(); // warm-up: plan caches, PGlite's first touch of the pages
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const sorted = samples.sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[Math.floor(middle)] ?? 0);
  return { median, p95: percentile(sorted, 95) };
}

async function bench(engine: string, handle: DbHandle) {
  const seedStart = performance.now();
  await seedDatabase(handle.db, { demoUsers: true });
  const now = new Date();
  const demo = await seedDemoClass(handle.db, { now });
  const quiz = demo.assignments.find((a) => a.isQuiz);
  if (!quiz) throw new Error("demo class has no quiz assignment");
  const teacherId = demo.teacherId;
  console.log(
    `\n${engine}: seeded ${demo.students} students, ${demo.reviews} reviews in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const input = { teacherId, assignmentId: quiz.id };
  const panels: [string, () => Promise<unknown>][] = [
    ["listAssignmentStudents", () => listAssignmentStudents(handle.db, { ...input, now })],
    ["listAssignmentItems", () => listAssignmentItems(handle.db, input)],
    ["countCompletionPerDay (21 days)", () => countCompletionPerDay(handle.db, { ...input, now, days: 21 })],
    ["listClassRecallByTopic", () => listClassRecallByTopic(handle.db, { teacherId, classId: demo.classId, now })],
  ];
  let total = 0;
  for (const [label, run] of panels) {
    const { median, p95 } = await time(run);
    total += median;
    console.log(`${label.padEnd(30)} median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   (n=${RUNS})`);
  }
  console.log(`${"dashboard server time".padEnd(30)} ${total.toFixed(2).padStart(14)} ms   (sum of medians)`);
  const page = await time(() => loadAssignmentDashboard(handle.db, { teacherId, classId: demo.classId, assignmentId: quiz.id, now }));
  console.log(
    `${"as the page reads them".padEnd(30)} median ${page.median.toFixed(2).padStart(7)} ms   p95 ${page.p95.toFixed(2).padStart(7)} ms   (n=${RUNS}; panels at once)`,
  );
}

await benchOnEachEngine(bench);
