/**
 * FSRS training items from review logs, in the shape the optimiser (fsrs-rs, through
 * @open-spaced-repetition/binding) expects: one item per review after a memory's first, holding
 * that memory's whole history up to and including the review to predict. Each review carries its
 * rating (1–4) and `deltaT`, the whole days since the previous review of the same memory (0 for
 * the first one and for a repeat on the same day).
 *
 * @see https://github.com/open-spaced-repetition/fsrs-rs (FSRSItem)
 */

const DAY_MS = 86_400_000;

/** One answer, reduced to what training needs. `key` names the memory (see db/queries/memory-states.ts). */
export interface TrainingLog {
  key: string;
  reviewedAt: Date;
  /** FSRS grade 1 Again … 4 Easy. */
  rating: number;
}

export interface TrainingReview {
  rating: number;
  deltaT: number;
}

export interface TrainingItem {
  key: string;
  /** When the review being predicted (the last one) happened: what the time-series split orders by. */
  at: Date;
  reviews: TrainingReview[];
}

/**
 * Builds training items from logs in any order. Days are counted in UTC shifted by
 * `dayOffsetMinutes` (the study day's start), so two answers an hour apart around midnight count
 * as one day or two consistently. Items whose predicted review came on the same day as the one
 * before (deltaT 0) are left out as targets: the forgetting curve predicts recall after at least a
 * day; same-day repeats still appear inside later items' histories.
 */
export function buildTrainingItems(logs: readonly TrainingLog[], options: { dayOffsetMinutes?: number } = {}): TrainingItem[] {
  const offset = (options.dayOffsetMinutes ?? 0) * 60_000;
  const dayOf = (at: Date) => Math.floor((at.getTime() + offset) / DAY_MS);
  const byKey = new Map<string, TrainingLog[]>();
  for (const log of logs) {
    if (!(log.rating >= 1 && log.rating <= 4)) continue;
    const list = byKey.get(log.key);
    if (list) list.push(log);
    else byKey.set(log.key, [log]);
  }
  const items: TrainingItem[] = [];
  for (const [key, list] of byKey) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const reviews: TrainingReview[] = [];
    let previousDay: number | null = null;
    for (const log of list) {
      const day = dayOf(log.reviewedAt);
      reviews.push({ rating: log.rating, deltaT: previousDay === null ? 0 : day - previousDay });
      previousDay = day;
      const last = reviews[reviews.length - 1];
      if (reviews.length > 1 && last && last.deltaT > 0) items.push({ key, at: log.reviewedAt, reviews: reviews.slice() });
    }
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
