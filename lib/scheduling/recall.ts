/**
 * Predicted recall: the FSRS-6 forgetting curve, the one definition the app uses. The progress
 * page and the teacher dashboard evaluate it in SQL (db/queries/recall.ts builds that expression
 * from the constants below); `predictRecall` is the same formula in TypeScript, and a database
 * test checks that both give the same number for the same card and `now`.
 *
 * R(t, S) = (1 + f·t/S)^(−d), with t the time since the last review in days, S the stability,
 * d the decay (FSRS-6 parameter w20) and f = 0.9^(−1/d) − 1, so that R = 0.9 when t = S.
 * Source: ts-fsrs 5.4 `forgetting_curve` and `computeDecayFactor` (exported by the package; we take
 * d and f from the latter), https://github.com/open-spaced-repetition/ts-fsrs, and "The Algorithm"
 * on the FSRS wiki, https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm.
 *
 * Unlike ts-fsrs' `get_retrievability`, which counts whole days (so a card reviewed an hour ago
 * and one reviewed 23 hours ago read the same), t here is fractional: a dashboard read in the
 * afternoon should show the morning's reviews already fading a little.
 */
import { computeDecayFactor, default_w } from "ts-fsrs";
import type { CardState } from "./card-state";

/** The forgetting curve's constants: `decay` is d = w20 (positive), `factor` is f. */
export interface ForgettingCurve {
  decay: number;
  factor: number;
}

/**
 * The curve of a set of FSRS-6 weights: a student scheduled with fitted weights forgets along
 * their own w20. Weights without a w20 (or none) give the defaults' curve, as the scheduler does.
 */
export function forgettingCurveOf(weights: readonly number[] | null | undefined): ForgettingCurve {
  const { decay, factor } = computeDecayFactor(weights && weights.length > 20 ? [...weights] : default_w);
  return { decay: -decay, factor };
}

/** The curve of the default FSRS-6 parameters (`generatorParameters()` keeps `default_w`). */
export const FORGETTING_CURVE: ForgettingCurve = forgettingCurveOf(null);

/**
 * Stability below which we stop dividing: ts-fsrs never stores less than its `S_MIN` (0.001), but
 * a hand-written or corrupt row could hold 0, and the curve must not divide by it.
 */
export const MIN_STABILITY = 0.01;

const DAY_MS = 86_400_000;

/**
 * The probability of recalling a card at `now`, in (0, 1]: the FSRS-6 forgetting curve (the
 * student's own, when they are scheduled with fitted weights) at the fractional days since its last review (never negative, so a review dated after `now` reads 1).
 * 0 for a card that was never reviewed (state "new" or no last review).
 */
export function predictRecall(
  card: Pick<CardState, "state" | "stability" | "lastReview">,
  now: Date,
  curve: ForgettingCurve = FORGETTING_CURVE,
): number {
  if (card.state === "new" || !card.lastReview) return 0;
  const days = Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS);
  return Math.pow(1 + (curve.factor * days) / Math.max(card.stability, MIN_STABILITY), -curve.decay);
}
