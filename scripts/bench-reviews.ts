/**
 * `npm run bench:reviews` — review-write and queue-read latency on the embedded database and,
 * when BENCH_DATABASE_URL is set, on a Postgres server (a scratch database is created there and
 * dropped afterwards). Then the queue of one heavy student: 10,000 knowledge items met (their
 * memory in item_states, 10,000 items ahead of the bank in study order, so the new-item anti-join
 * walks all of them) and 100,000 review logs — the target is ≤ 50 ms median on Postgres.
 * Prints figures; asserts nothing.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:reviews
 */
import crypto from "node:crypto";
import type { DbHandle } from "../db/client";
import { recordReviews } from "../db/queries/reviews";
import { loadStudyQueue } from "../db/queries/study-queue";
import { createUser } from "../db/queries/users";
import { loadDataset } from "../db/seed/dataset";
import { syncQuestionBank } from "../db/seed/question-bank";
import { REVIEW_RATINGS } from "../lib/domain";
import { generateQuestionBank } from "../lib/questions";
import type { GradedReview } from "../lib/study/graded-review";
import { benchOnEachEngine } from "./lib/bench-engines";
import { runOnDb, seedQueueStudent } from "./lib/bench-schema";

const STUDENTS = 20;
const SINGLE_REVIEWS = 400;
const BATCHES = 20;
const BATCH_SIZE = 50;
const HEAVY_ITEMS = 10_000;
const HEAVY_LOGS = 100_000;
const QUEUE_RUNS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return `${label.padEnd(34)} n=${String(samples.length).padStart(4)}  mean ${mean.toFixed(2)} ms  p50 ${percentile(sorted, 50).toFixed(2)}  p95 ${percentile(sorted, 95).toFixed(2)}  p99 ${percentile(sorted, 99).toFixed(2)}`;
}

async function bench(engine: string, handle: DbHandle) {
  const dataset = loadDataset();
  const bank = generateQuestionBank(dataset);
  await syncQuestionBank(handle.db, dataset, bank);
  const students = [];
  for (let i = 0; i < STUDENTS; i++) {
    students.push(
      (
        await createUser(handle.db, {
          email: `bench-${crypto.randomUUID()}@bench.kizuna`,
          name: `S${i}`,
          role: "student",
          passwordHash: "x",
        })
      ).id,
    );
  }
  const review = (i: number): GradedReview => ({
    id: crypto.randomUUID(),
    questionId: bank[i % bank.length]?.id ?? "",
    mode: "quiz",
    rating: REVIEW_RATINGS[i % REVIEW_RATINGS.length] ?? "good",
    correct: i % 4 !== 0,
    answer: 1,
    responseMs: 5000,
    reviewedAt: new Date(Date.now() - 60_000),
  });

  const single: number[] = [];
  for (let i = 0; i < SINGLE_REVIEWS; i++) {
    const start = performance.now();
    await recordReviews(handle.db, { userId: students[i % STUDENTS] ?? "", reviews: [review(i)], desiredRetention: 0.9 });
    single.push(performance.now() - start);
  }
  const batched: number[] = [];
  const batchStart = performance.now();
  for (let b = 0; b < BATCHES; b++) {
    const start = performance.now();
    await recordReviews(handle.db, {
      userId: students[b % STUDENTS] ?? "",
      reviews: Array.from({ length: BATCH_SIZE }, (_, i) => review(b * BATCH_SIZE + i + 7)),
      desiredRetention: 0.9,
    });
    batched.push(performance.now() - start);
  }
  const batchSeconds = (performance.now() - batchStart) / 1000;
  const queue: number[] = [];
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    await loadStudyQueue(handle.db, { userId: students[i % STUDENTS] ?? "", now: new Date(), utcOffsetMinutes: 0, scope: {} });
    queue.push(performance.now() - start);
  }
  console.log(`\n${engine} (bank: ${bank.length} questions)`);
  console.log(summary("record 1 review (1 transaction)", single));
  console.log(summary(`record ${BATCH_SIZE} reviews (1 transaction)`, batched));
  console.log(`${"batched throughput".padEnd(34)} ${Math.round((BATCHES * BATCH_SIZE) / batchSeconds)} reviews/s`);
  console.log(summary("load the study queue (20 cards)", queue));

  // One heavy student: 10,000 items met, 100,000 logs, about a sixth of the items due now.
  const setupStart = performance.now();
  const heavy = await seedQueueStudent(runOnDb(handle.db), { tag: 9, items: HEAVY_ITEMS, logs: HEAVY_LOGS });
  const setupSeconds = ((performance.now() - setupStart) / 1000).toFixed(1);
  const heavyQueue: number[] = [];
  let size = 0;
  for (let i = 0; i < QUEUE_RUNS; i++) {
    const start = performance.now();
    const q = await loadStudyQueue(handle.db, { userId: heavy, now: new Date(), utcOffsetMinutes: 0, scope: {} });
    heavyQueue.push(performance.now() - start);
    size = q.items.length;
  }
  console.log(
    summary(`queue, ${HEAVY_ITEMS.toLocaleString("en")} items + ${HEAVY_LOGS.toLocaleString("en")} logs`, heavyQueue) +
      `  (${size} cards; data made in ${setupSeconds} s)`,
  );
}

await benchOnEachEngine(bench);
