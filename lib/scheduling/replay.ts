/**
 * Rebuilding memory from history: the state a sequence of answers leaves each knowledge item in,
 * by applying them in order through the scheduler — exactly what recording them one by one did.
 * Used by the data step that moved per-question cards to per-item memory
 * (db/data-steps/replay-item-states.ts) and by the tests that check stored state against it.
 */
import { REVIEW_RATINGS, type ReviewRating } from "@/lib/domain";
import type { CardState } from "./card-state";
import type { Scheduler } from "./scheduler";

/** One logged answer: the item it counted for, the rating applied (as stored, FSRS 1–4) and when. */
export interface LoggedAnswer {
  itemId: string;
  /** FSRS grade 1 Again … 4 Easy: the rating applied at the time (the policy of that day). */
  rating: number;
  reviewedAt: Date;
}

/** An item's replayed memory and when the student first met it. */
export interface ReplayedItem {
  state: CardState;
  introducedAt: Date;
}

/** The app rating of a stored FSRS grade (1–4). */
export function ratingOfGrade(grade: number): ReviewRating {
  const rating = REVIEW_RATINGS[grade - 1];
  if (!rating) throw new RangeError(`not an FSRS grade: ${grade}`);
  return rating;
}

/** Each item's state after the answers, applied in the order given (callers sort by time). */
export function replayAnswers(answers: Iterable<LoggedAnswer>, scheduler: Scheduler): Map<string, ReplayedItem> {
  const items = new Map<string, ReplayedItem>();
  for (const answer of answers) {
    const before = items.get(answer.itemId);
    const { state } = scheduler.review(before?.state ?? null, ratingOfGrade(answer.rating), answer.reviewedAt);
    items.set(answer.itemId, { state, introducedAt: before?.introducedAt ?? answer.reviewedAt });
  }
  return items;
}
