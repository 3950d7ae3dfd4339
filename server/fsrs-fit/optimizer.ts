/**
 * The FSRS optimiser (fsrs-rs, through @open-spaced-repetition/binding's native module): fitting
 * runs on a worker thread (`computeParameters` returns a promise), so it never blocks a request;
 * evaluation is synchronous and quick (a few hundred ms for 100,000 items).
 */
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { default_w } from "ts-fsrs";
import type { TrainingItem } from "@/lib/scheduling/fit/items";

export interface Evaluation {
  logLoss: number;
  rmseBins: number;
}

const toBindingItems = (items: readonly TrainingItem[]) =>
  items.map((item) => new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));

/** 21 FSRS-6 weights fitted to `train` (short-term parameters included, as the scheduler uses them). */
export async function fitWeights(train: readonly TrainingItem[]): Promise<number[]> {
  return computeParameters(toBindingItems(train), { enableShortTerm: true });
}

/** Log loss and RMSE(bins) of `weights` (null: ts-fsrs' defaults) predicting `items`. */
export function evaluateWeights(weights: readonly number[] | null, items: readonly TrainingItem[]): Evaluation {
  const { logLoss, rmseBins } = new FSRSBinding([...(weights ?? default_w)]).evaluate(toBindingItems(items));
  return { logLoss, rmseBins };
}
