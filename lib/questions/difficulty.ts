/**
 * Difficulty 1 (easiest) – 5, a documented heuristic rather than a measurement (FSRS learns each
 * student's real difficulty from their reviews; this only orders new cards and labels quizzes).
 *
 * Fact questions start from how much the type asks of memory:
 *   true/false 1 (recognise one claim) · multiple choice 2 (recognise among four) ·
 *   cloze 3 and typed 3 (recall, with lenient matching)
 * then add for what must be remembered:
 *   - entity +0 (names are the most rehearsed);
 *   - free text +1 when recalled (a phrase is harder to produce than to recognise);
 *   - date: year +0, month +1, day +1 (recognised) or +2 (recalled);
 *   - number +1 (choices are near neighbours; recall must be exact);
 *   - background event +1 (standing context the articles mention in passing, not a headline).
 * Ordering: 3, +1 with five items, +1 when two neighbours are within about a month of each other.
 * Matching: people ↔ roles 2, places ↔ events 3, events ↔ years 3; +1 with five pairs.
 * Everything is clamped to 1–5.
 */
import type { EventRecord, Fact, FuzzyDate } from "@/lib/events/schema";
import { dateInterval } from "./fuzzy-date";
import type { QuestionType } from "@/lib/domain";
import type { Difficulty, MatchingKind } from "./types";

type FactQuestionType = Exclude<QuestionType, "ordering" | "matching">;

const BASE: Record<FactQuestionType, number> = { true_false: 1, multiple_choice: 2, cloze: 3, typed: 3 };
const MATCHING_BASE: Record<MatchingKind, number> = { "person-role": 2, "place-event": 3, "event-year": 3 };

/** Clamp any score into the 1–5 scale. */
export function clampDifficulty(score: number): Difficulty {
  return Math.min(5, Math.max(1, Math.round(score))) as Difficulty;
}

/** Difficulty of a question made from one fact. */
export function factDifficulty(type: FactQuestionType, fact: Fact, event: EventRecord): Difficulty {
  const recall = type === "cloze" || type === "typed";
  const answer = fact.answer;
  let score = BASE[type];
  if (answer.kind === "text" && recall) score += 1;
  if (answer.kind === "number") score += 1;
  if (answer.kind === "date") {
    if (answer.date.precision === "month") score += 1;
    if (answer.date.precision === "day") score += recall ? 2 : 1;
  }
  if (event.kind === "background") score += 1;
  return clampDifficulty(score);
}

/** Difficulty of an ordering question, from its dates in order. */
export function orderingDifficulty(datesInOrder: readonly FuzzyDate[]): Difficulty {
  let score = 3;
  if (datesInOrder.length >= 5) score += 1;
  const close = datesInOrder.some((d, i) => {
    const next = datesInOrder[i + 1];
    return next !== undefined && dateInterval(next).start - dateInterval(d).end <= 31;
  });
  if (close) score += 1;
  return clampDifficulty(score);
}

/** Difficulty of a matching question. */
export function matchingDifficulty(kind: MatchingKind, pairCount: number): Difficulty {
  return clampDifficulty(MATCHING_BASE[kind] + (pairCount >= 5 ? 1 : 0));
}
