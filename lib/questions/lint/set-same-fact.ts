/**
 * Set-level check: two questions of one set that ask the same fact in different forms (its
 * multiple choice and its true/false, say). They are faces of one knowledge item: a student's
 * memory of them is one card, so in practice they count once, and in a scored quiz the second is
 * answered with the first just seen. A warning, not a refusal: a teacher may mean to ask it twice.
 */
import { itemIdOf, itemKindOf } from "../items";
import type { Question } from "../types";

/** The set's questions grouped by the fact they ask, each group of two or more, in set order. */
export function findSameFactGroups(set: readonly Question[]): Question[][] {
  const byFact = new Map<string, Question[]>();
  for (const q of set) {
    if (itemKindOf(q) !== "fact") continue;
    const item = itemIdOf(q);
    byFact.set(item, [...(byFact.get(item) ?? []), q]);
  }
  return [...byFact.values()].filter((group) => group.length > 1);
}
