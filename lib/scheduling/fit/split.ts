/**
 * Time-series split: fit on the earlier reviews, judge on the later ones, as a scheduler is used
 * (parameters fitted on the past, applied to the future). A random split would let the model see
 * the future of a memory it is tested on.
 */
import type { TrainingItem } from "./items";

/** Share of items (the latest ones) held out for evaluation. */
export const HELD_OUT_SHARE = 0.2;

export interface TimeSplit {
  train: TrainingItem[];
  test: TrainingItem[];
  /** Items predicted at or after this instant are held out; null when there are no items. */
  cutoff: Date | null;
}

/**
 * Splits items by the time of the review they predict: the latest `testShare` go to `test`.
 * Items at the cutoff instant all go to `test`, so the split never depends on input order.
 */
export function splitByTime(items: readonly TrainingItem[], testShare = HELD_OUT_SHARE): TimeSplit {
  if (!(testShare > 0 && testShare < 1)) throw new RangeError(`testShare must be in (0, 1), got ${testShare}`);
  if (items.length === 0) return { train: [], test: [], cutoff: null };
  const sorted = [...items].sort((a, b) => a.at.getTime() - b.at.getTime());
  const index = Math.min(sorted.length - 1, Math.floor(sorted.length * (1 - testShare)));
  const cutoff = sorted[index]?.at ?? null;
  if (!cutoff) return { train: sorted, test: [], cutoff: null };
  return {
    train: sorted.filter((item) => item.at.getTime() < cutoff.getTime()),
    test: sorted.filter((item) => item.at.getTime() >= cutoff.getTime()),
    cutoff,
  };
}
