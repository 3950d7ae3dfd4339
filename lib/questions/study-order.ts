import type { Question } from "./types";

/**
 * The order new questions are introduced in: round-robin across question types, each type in
 * bank order. A short session then mixes recognition (multiple choice, true/false) with recall
 * (cloze, typed) and synthesis (ordering, matching) instead of twenty of one kind in a row.
 * Deterministic: depends only on the bank's order.
 */
export function studyOrder(bank: Question[]): Question[] {
  const byType = new Map<string, Question[]>();
  for (const q of bank) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
  const queues = [...byType.values()];
  const out: Question[] = [];
  for (let round = 0; out.length < bank.length; round++) {
    for (const queue of queues) {
      const q = queue[round];
      if (q) out.push(q);
    }
  }
  return out;
}
