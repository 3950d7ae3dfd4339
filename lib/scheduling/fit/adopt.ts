/**
 * When a freshly fitted parameter set replaces the one in use. Anki's rule, made explicit: fit
 * only from enough reviews, and keep the old parameters unless the new ones predict the held-out
 * reviews better. "Better" is RMSE(bins), the calibration error the FSRS benchmark ranks by.
 *
 * @see https://github.com/open-spaced-repetition/srs-benchmark (RMSE(bins))
 */
import type { ParameterScope } from "@/lib/domain";

/**
 * Fewest training items for a fit to count: 400 for the install and for a class (Anki's minimum
 * for fitting a preset), 1,000 for one student (a single learner's history is noisier).
 */
export const MIN_TRAINING_ITEMS: Record<ParameterScope, number> = { global: 400, class: 400, student: 1_000 };

/** A set to beat: its RMSE(bins) on the same held-out items. */
export interface Baseline {
  /** Shown in the reason: "defaults", "global set", "class set". */
  label: string;
  rmse: number;
}

export interface AdoptionInput {
  scope: ParameterScope;
  trainingItems: number;
  /** Held-out items (no held-out items: nothing to judge by, never adopted). */
  testItems: number;
  candidateRmse: number;
  /**
   * Every set the candidate must beat: the set in use for this scope (or the defaults), and for a
   * student also their class's set.
   */
  baselines: readonly Baseline[];
}

export interface AdoptionDecision {
  adopted: boolean;
  reason: string;
}

const fmt = (n: number) => n.toFixed(4);

/** Whether to adopt a fitted set (see the file comment); the reason is stored and shown to teachers. */
export function decideAdoption(input: AdoptionInput): AdoptionDecision {
  const min = MIN_TRAINING_ITEMS[input.scope];
  if (input.trainingItems < min) {
    return { adopted: false, reason: `Too few reviews to fit: ${input.trainingItems} training items, ${min} needed.` };
  }
  if (input.testItems === 0) return { adopted: false, reason: "No held-out reviews to judge the fit by." };
  if (!Number.isFinite(input.candidateRmse)) return { adopted: false, reason: "The fit produced no usable figures." };
  for (const baseline of input.baselines) {
    if (!(input.candidateRmse < baseline.rmse)) {
      return {
        adopted: false,
        reason: `Kept the ${baseline.label}: RMSE(bins) ${fmt(input.candidateRmse)} fitted vs ${fmt(baseline.rmse)} on held-out reviews.`,
      };
    }
  }
  const best = input.baselines.reduce<Baseline | null>((a, b) => (a === null || b.rmse < a.rmse ? b : a), null);
  return {
    adopted: true,
    reason: best
      ? `Adopted: RMSE(bins) ${fmt(input.candidateRmse)} vs ${fmt(best.rmse)} (${best.label}) on held-out reviews.`
      : `Adopted: RMSE(bins) ${fmt(input.candidateRmse)} on held-out reviews.`,
  };
}
