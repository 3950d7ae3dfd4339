import { loadDataset } from "@/db/seed/dataset";
import { buildQuestionBank } from "@/lib/questions";
const d = loadDataset();
const { questions } = buildQuestionBank(d, { seed: 1 });
for (const q of questions) {
  if (q.type === "multiple_choice") console.log(`MC ${q.eventIds[0]}/${(q as any).factId}: ${q.prompt}\n    [${q.choices.join(" | ")}] -> ${q.answer}`);
  if (q.type === "true_false" && !(q as any).truth) console.log(`TF-F ${q.eventIds[0]}/${(q as any).factId}: ${(q as any).statement}`);
}
