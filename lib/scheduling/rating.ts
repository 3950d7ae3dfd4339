/**
 * The FSRS grade of a quiz answer, inferred from correctness and response time: the student
 * doesn't grade quiz answers themselves, so speed stands in for how effortful the recall was.
 */
import type { QuestionType, ReviewRating } from "@/lib/domain";
import { isRecognitionType } from "./faces";

/** Response-time thresholds for one question type. */
export interface ResponseTimeThresholds {
  /** A correct answer faster than this (ms) is "easy". */
  fastMs: number;
  /** A correct answer slower than this (ms) is "hard". */
  slowMs: number;
  /** Characters to read (`countCharactersToRead`: prompt plus statement/choices/items) that the thresholds already allow for. */
  typicalChars: number;
}

/**
 * Thresholds per question type. They scale with the work the answer takes: the characters to read
 * (`countCharactersToRead`; medians over the generated bank: true/false 96, multiple choice 143
 * with its choices, cloze 70, typed 79, ordering 282 and matching 237 with their items) at about
 * 20 characters a second of reading, plus the answer itself. `typicalChars` is that median (rounded), so a
 * typical question gets exactly these thresholds and a longer one more (see {@link thresholdsFor}):
 *
 * - true_false 4s / 15s: one statement and a tap; under 4s the fact was recognised on sight.
 * - multiple_choice 6s / 20s: a question and four choices to scan, then a tap.
 * - cloze 8s / 25s: a short sentence, then recall and type the blank (on a phone keyboard).
 * - typed 10s / 30s: recall with no context or choices, and usually a longer answer to type.
 * - matching 15s / 60s and ordering 15s / 60s: 3–5 items to read and 3–5 drags or pairs.
 *
 * Fast thresholds are deliberately tight: a wrong "easy" multiplies FSRS stability (w16 ≈ 1.9)
 * and hides the card for long, while a wrong "good" costs one extra review. Slow thresholds are
 * generous so slow readers and typists are not marked "hard" (w15 ≈ 0.6) for answers they knew.
 */
export const RESPONSE_TIME_THRESHOLDS: Readonly<Record<QuestionType, ResponseTimeThresholds>> = {
  true_false: { fastMs: 4_000, slowMs: 15_000, typicalChars: 100 },
  multiple_choice: { fastMs: 6_000, slowMs: 20_000, typicalChars: 145 },
  cloze: { fastMs: 8_000, slowMs: 25_000, typicalChars: 70 },
  typed: { fastMs: 10_000, slowMs: 30_000, typicalChars: 80 },
  matching: { fastMs: 15_000, slowMs: 60_000, typicalChars: 240 },
  ordering: { fastMs: 15_000, slowMs: 60_000, typicalChars: 280 },
};

/** Reading time added to both thresholds per character beyond `typicalChars` (≈ 20 characters a second). */
export const READING_MS_PER_CHAR = 50;

/**
 * Response times outside [min, max] say nothing about recall: a click-through (under 300 ms is
 * faster than reading anything) or an abandoned tab (over 10 minutes). A correct outlier is "good".
 */
export const RESPONSE_TIME_OUTLIER = { minMs: 300, maxMs: 10 * 60_000 } as const;

/** What {@link inferRating} looks at. */
export interface RatingInput {
  /** Whether the answer was graded correct. */
  correct: boolean;
  /** Time from showing the question to answering, in milliseconds. */
  responseMs: number;
  /** The question's type (selects the thresholds). */
  questionType: QuestionType;
  /**
   * Characters the student had to read (`countCharactersToRead`: prompt plus statement, choices
   * or items); longer than typical extends both thresholds. The review API always passes it;
   * absent, the type's typical length is assumed.
   */
  promptLength?: number;
}

/** The thresholds for a question, extended for reading a longer-than-typical prompt. */
function thresholdsFor(questionType: QuestionType, promptLength?: number): { fastMs: number; slowMs: number } {
  const base = RESPONSE_TIME_THRESHOLDS[questionType];
  const extraChars = promptLength !== undefined && Number.isFinite(promptLength) ? Math.max(0, promptLength - base.typicalChars) : 0;
  const extraMs = extraChars * READING_MS_PER_CHAR;
  return { fastMs: base.fastMs + extraMs, slowMs: base.slowMs + extraMs };
}

/**
 * The rating policy for the face that was shown. A correct recognition answer (multiple choice,
 * true/false) caps at "good": picking the answer out of a list, or agreeing with a statement, is
 * weaker evidence of memory than producing it (cloze, typed) — the options cue the memory and a
 * guess succeeds one time in four, or one in two — so a fast recognition must not earn "easy",
 * whose large stability boost (FSRS w16) would hide the item for weeks on the strength of a tap.
 * Recall answers keep their inferred grade; flashcards are graded by the student and not capped.
 */
export function capRatingForFace(rating: ReviewRating, questionType: QuestionType): ReviewRating {
  return rating === "easy" && isRecognitionType(questionType) ? "good" : rating;
}

/**
 * The FSRS grade for a quiz answer: wrong → "again"; correct → "good", or "easy" if faster than
 * the type's fast threshold, or "hard" if slower than its slow threshold (both strict, so an answer
 * exactly at a threshold is "good"). Outlier times (see {@link RESPONSE_TIME_OUTLIER}) give "good".
 * Then the face policy ({@link capRatingForFace}): recognition never gives "easy".
 */
export function inferRating(input: RatingInput): ReviewRating {
  return capRatingForFace(inferTimedRating(input), input.questionType);
}

/** The grade from correctness and time alone, before the face policy (exported for its tests). */
export function inferTimedRating(input: RatingInput): ReviewRating {
  if (!input.correct) return "again";
  const ms = input.responseMs;
  if (!(input.questionType in RESPONSE_TIME_THRESHOLDS)) return "good"; // unknown type at runtime
  if (!(ms >= RESPONSE_TIME_OUTLIER.minMs && ms <= RESPONSE_TIME_OUTLIER.maxMs)) return "good"; // also NaN
  const { fastMs, slowMs } = thresholdsFor(input.questionType, input.promptLength);
  if (ms < fastMs) return "easy";
  if (ms > slowMs) return "hard";
  return "good";
}
