import { IMPORTANCE_ORDER } from "@/lib/events/schema";
import type { Question } from "./types";

/** Round-robin across question types, each type in bank order. */
function interleaveTypes(questions: readonly Question[]): Question[] {
  const byType = new Map<string, Question[]>();
  for (const q of questions) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
  const queues = [...byType.values()];
  const out: Question[] = [];
  for (let round = 0; out.length < questions.length; round++) {
    for (const queue of queues) {
      const q = queue[round];
      if (q) out.push(q);
    }
  }
  return out;
}

/**
 * The order new questions are introduced in: core questions first, then supporting ones, then
 * details (so a student's first weeks go to what a teacher would test); within each importance,
 * round-robin across question types, each type in bank order. A short session then mixes
 * recognition (multiple choice, true/false) with recall (cloze, typed) and synthesis (ordering,
 * matching) instead of twenty of one kind in a row. Deterministic: depends only on the bank's order.
 * The seed stores this order as each question's position, which new-card introduction and
 * auto-built sets follow.
 */
export function studyOrder(bank: Question[]): Question[] {
  return IMPORTANCE_ORDER.flatMap((importance) => interleaveTypes(bank.filter((q) => q.importance === importance)));
}
