// `tsx scripts/bench-questions.ts [runs]`: load and validate the dataset, generate the question
// bank `runs` times (default 20), and print the median and max generation time, the bank size by
// type and the dataset's size.
import { performance } from "node:perf_hooks";
import { datasetSchema } from "../lib/events/schema";
import { loadDataset } from "../db/seed/dataset";
import { QUESTION_TYPES } from "../lib/domain";
import { buildQuestionBank } from "../lib/questions";

const runs = Math.max(1, Number(process.argv[2] ?? 20) || 20);

const loadStart = performance.now();
const dataset = datasetSchema.parse(await loadDataset());
const loadMs = performance.now() - loadStart;

const times: number[] = [];
let report = buildQuestionBank(dataset, { seed: 1 });
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  report = buildQuestionBank(dataset, { seed: 1 });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median =
  times.length % 2 ? (times[(times.length - 1) / 2] ?? 0) : ((times[times.length / 2 - 1] ?? 0) + (times[times.length / 2] ?? 0)) / 2;
const max = times[times.length - 1] ?? 0;

const byType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, report.questions.filter((q) => q.type === t).length]));
const facts = dataset.events.reduce((n, e) => n + e.facts.length, 0);
const skippedBy = new Map<string, number>();
for (const s of report.skipped) skippedBy.set(s.type, (skippedBy.get(s.type) ?? 0) + 1);

console.log(
  `dataset: ${dataset.events.length} events, ${facts} facts, ${dataset.sources.length} sources, ${dataset.entities.length} entities (loaded and validated in ${loadMs.toFixed(1)} ms)`,
);
console.log(`generation (${runs} runs): median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms`);
console.log(`bank: ${report.questions.length} questions`);
for (const [type, count] of Object.entries(byType)) console.log(`  ${type.padEnd(16)} ${count}`);
console.log(
  `skipped: ${report.skipped.length}${report.skipped.length ? ` (${[...skippedBy].map(([t, n]) => `${t} ${n}`).join(", ")})` : ""}`,
);
