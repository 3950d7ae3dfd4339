/**
 * Picking the questions of an auto-built quiz set ("N questions on topic X") from candidates:
 * core first (study order), details at most 15 % of what is picked, one question per fact, and no
 * question that gives away another's answer (see lint/set-reveals.ts). Pure, for db/queries/quiz-sets.ts to call with
 * the topic's active questions.
 */
import { itemIdOf } from "./items";
import { revealedAnswer } from "./lint/set-reveals";
import { studyOrder } from "./study-order";
import type { Question } from "./types";

/** Largest share of an auto-built set that may be details. */
export const MAX_DETAIL_SHARE = 0.15;

/** Two faces of one fact (one knowledge item), or one giving away the other's answer. */
function clashes(candidate: Question, picked: readonly Question[]): boolean {
  const item = itemIdOf(candidate);
  return picked.some(
    (p) => itemIdOf(p) === item || revealedAnswer(p, candidate) !== undefined || revealedAnswer(candidate, p) !== undefined,
  );
}

/**
 * Up to `count` questions for a set, in study order. Core and supporting questions are taken
 * first, skipping any that would reveal or be revealed by one already taken; details only fill
 * what is left, and only while they stay within `MAX_DETAIL_SHARE` of the set.
 */
export function pickSetQuestions(candidates: readonly Question[], count: number): Question[] {
  const ordered = studyOrder([...candidates]);
  const picked: Question[] = [];
  for (const q of ordered) {
    if (picked.length >= count) break;
    if (q.importance !== "detail" && !clashes(q, picked)) picked.push(q);
  }
  let details = 0;
  for (const q of ordered) {
    if (picked.length >= count) break;
    if (q.importance !== "detail" || details + 1 > MAX_DETAIL_SHARE * (picked.length + 1) || clashes(q, picked)) continue;
    picked.push(q);
    details++;
  }
  const position = new Map(ordered.map((q, i) => [q.id, i]));
  return picked.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}
