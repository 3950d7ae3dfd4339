/**
 * What we store per (student, question): a plain mirror of ts-fsrs' `Card`, with string states
 * and `null` instead of `undefined`, and conversions both ways. Everything scheduling-related is
 * computed by ts-fsrs; this file only renames fields.
 */
import { createEmptyCard, State, type Card } from "ts-fsrs";
import { CARD_STATES, type CardStateName } from "@/lib/domain";

/**
 * One student's memory of one question, as ts-fsrs models it (FSRS memory state: stability in
 * days and difficulty in [1, 10]; plus the (re)learning step and counters).
 * Plain data: no class instances except `Date`; parse JSON back with {@link parseCardState}.
 */
export interface CardState {
  /** When the card is next due. */
  due: Date;
  /** FSRS stability S: days for retrievability to fall from 100% to 90%. 0 for a new card. */
  stability: number;
  /** FSRS difficulty D in [1, 10]. 0 for a new card. */
  difficulty: number;
  /** Whole (UTC calendar) days between the last two reviews, as ts-fsrs counts them. */
  elapsedDays: number;
  /** Days until `due` as scheduled at the last review (0 while in (re)learning steps). */
  scheduledDays: number;
  /** Index of the current (re)learning step (ts-fsrs `learning_steps`). */
  learningSteps: number;
  /** Number of reviews. */
  reps: number;
  /** Number of times the card was forgotten from the review phase (Again on a review card). */
  lapses: number;
  /** Learning phase. */
  state: CardStateName;
  /** When the card was last reviewed; null if never. */
  lastReview: Date | null;
}

const STATE_BY_NAME: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const NAME_BY_STATE: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/** A never-reviewed card, due at `now` (ts-fsrs `createEmptyCard`). */
export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

/** The ts-fsrs `Card` for a stored state (dates are copied, so ts-fsrs cannot alias ours). */
export function toFsrsCard(state: CardState): Card {
  return {
    due: new Date(state.due.getTime()),
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs 5 (removed in 6) but still part of its `Card` type.
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_BY_NAME[state.state],
    ...(state.lastReview ? { last_review: new Date(state.lastReview.getTime()) } : {}),
  };
}

/** The stored state for a ts-fsrs `Card`. */
export function fromFsrsCard(card: Card): CardState {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: NAME_BY_STATE[card.state],
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
const isCardStateName = (value: unknown): value is CardStateName => CARD_STATES.some((name) => name === value);

/** A Date from a Date, an ISO string or a timestamp; null if it is none of these or invalid. */
function toDate(value: unknown): Date | null {
  if (!(value instanceof Date) && typeof value !== "string" && typeof value !== "number") return null;
  const date = new Date(value instanceof Date ? value.getTime() : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Reads back a card state that went through JSON (dates as ISO strings) or came in as-is; null if
 * it is not one. Written out rather than as a zod schema because it runs in the browser (the study
 * session and the offline pack), where zod would be the largest script of the page.
 * @example parseCardState(JSON.parse(JSON.stringify(state))) // deep-equals state
 */
export function parseCardState(raw: unknown): CardState | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = raw as Record<
    string,
    unknown
  >;
  const dueDate = toDate(due);
  const lastReviewDate = lastReview === null ? null : toDate(lastReview);
  if (!dueDate || (lastReview !== null && !lastReviewDate)) return null;
  if (!isNumberIn(stability, 0, Infinity) || !isNumberIn(difficulty, 0, 10) || !isCardStateName(state)) return null;
  if (!isCount(elapsedDays) || !isCount(scheduledDays) || !isCount(learningSteps) || !isCount(reps) || !isCount(lapses)) return null;
  return {
    due: dueDate,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview: lastReviewDate,
  };
}
