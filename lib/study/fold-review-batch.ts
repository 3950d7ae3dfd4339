/**
 * A batch of reviews applied to the memory of the items it touches, in memory: the pure half of
 * `recordReviews` (db/queries/reviews.ts), which reads and locks the items' stored states in one
 * statement, calls this, and writes what it returns in one statement per table. Keeping the FSRS
 * fold here keeps the database round trips constant whatever the batch size.
 */
import type { CardStateName } from "@/lib/domain";
import type { CardState, Scheduler } from "@/lib/scheduling";
import type { GradedReview } from "./graded-review";

/** A review and the knowledge item its face belongs to. */
export interface BatchReview {
  review: GradedReview;
  itemId: string;
}

/** An item's stored memory before the batch: `state` null for a row created but never reviewed. */
export interface StoredMemory {
  state: CardState | null;
  /** The row's due date (for a never-reviewed row, when it was created). */
  due: Date;
}

/** What the student sees of an item after a review (or at a duplicate, as it stood then). */
export interface MemoryView {
  due: Date;
  state: CardStateName;
  lapses: number;
}

/** What a recorded review adds to the log. */
export interface LogColumns {
  /** The item's phase before the review ("new" for a never-reviewed row). */
  stateBefore: CardStateName;
  /** When the item was due before the review; null for a never-reviewed item. */
  dueBefore: Date | null;
  stabilityAfter: number;
  difficultyAfter: number;
  scheduledDays: number;
}

export type FoldedReview = BatchReview &
  ({ status: "recorded"; after: MemoryView; log: LogColumns } | { status: "duplicate"; after: MemoryView });

export interface FoldedBatch {
  /** Every review of the batch, in the order applied (item, then reviewedAt, then id). */
  reviews: FoldedReview[];
  /** The final state of each item that at least one recorded review moved. */
  nextStates: Map<string, CardState>;
}

/** Code-unit order, the same in every locale (and as Postgres' `collate "C"`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order a batch is applied in: per item, oldest answer first (same instant: lower id first). */
export function orderBatch<T extends BatchReview>(batch: readonly T[]): T[] {
  return [...batch].sort(
    (a, b) =>
      compareIds(a.itemId, b.itemId) ||
      a.review.reviewedAt.getTime() - b.review.reviewedAt.getTime() ||
      compareIds(a.review.id, b.review.id),
  );
}

function viewOf(memory: StoredMemory): MemoryView {
  return memory.state
    ? { due: memory.state.due, state: memory.state.state, lapses: memory.state.lapses }
    : { due: memory.due, state: "new", lapses: 0 };
}

/**
 * Folds a batch of reviews into each item's memory, one review after another in
 * {@link orderBatch} order, exactly as applying them one per transaction would. A review whose id
 * is in `alreadyLogged`, or repeats an earlier id of the batch, is a duplicate: it changes nothing
 * and reports the item as it stood at that point. Pure: the review times are the only clock.
 * @throws Error if an item of the batch is missing from `stored` (the caller creates rows first).
 */
export function foldReviewBatch(params: {
  scheduler: Scheduler;
  batch: readonly BatchReview[];
  stored: ReadonlyMap<string, StoredMemory>;
  alreadyLogged: ReadonlySet<string>;
}): FoldedBatch {
  const { scheduler } = params;
  const current = new Map<string, StoredMemory>();
  const seen = new Set(params.alreadyLogged);
  const reviews: FoldedReview[] = [];
  const nextStates = new Map<string, CardState>();
  for (const entry of orderBatch(params.batch)) {
    const memory = current.get(entry.itemId) ?? params.stored.get(entry.itemId);
    if (!memory) throw new Error(`foldReviewBatch: no stored memory for item ${entry.itemId}`);
    if (seen.has(entry.review.id)) {
      reviews.push({ ...entry, status: "duplicate", after: viewOf(memory) });
      continue;
    }
    seen.add(entry.review.id);
    const { state: next, log } = scheduler.review(memory.state, entry.review.rating, entry.review.reviewedAt);
    current.set(entry.itemId, { state: next, due: next.due });
    nextStates.set(entry.itemId, next);
    reviews.push({
      ...entry,
      status: "recorded",
      after: viewOf({ state: next, due: next.due }),
      log: {
        stateBefore: memory.state?.state ?? "new",
        dueBefore: memory.state ? memory.state.due : null,
        stabilityAfter: next.stability,
        difficultyAfter: next.difficulty,
        scheduledDays: log.scheduledDays,
      },
    });
  }
  return { reviews, nextStates };
}
