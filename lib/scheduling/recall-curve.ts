/**
 * Predicted recall over the coming days for a group of memories (a class's assignment questions),
 * if nobody reviews: the FSRS-6 forgetting curve R(t, S) = (1 + f·t/S)^−d of each started memory,
 * averaged per day, with the decay of the parameter set in use. It shows how fast the class's
 * memory fades, and so why the reviews are scheduled when they are.
 *
 * @see https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm
 */
import { computeDecayFactor, default_w } from "ts-fsrs";
import type { CardState } from "./card-state";
import { MIN_STABILITY } from "./recall";

const DAY_MS = 86_400_000;

export interface RecallPoint {
  day: number;
  /** Mean predicted recall of the started memories, 0–1; null when none are started. */
  recall: number | null;
}

/** Mean predicted recall at `now` + 0…`days`−1 days for the memories given (unstarted ones are left out). */
export function predictRecallCurve(
  states: readonly Pick<CardState, "state" | "stability" | "lastReview">[],
  options: { now: Date; days?: number; weights?: readonly number[] | null },
): RecallPoint[] {
  const { decay, factor } = computeDecayFactor([...(options.weights ?? default_w)]);
  const started = states.filter((s) => s.state !== "new" && s.lastReview);
  return Array.from({ length: options.days ?? 30 }, (_, day) => {
    if (started.length === 0) return { day, recall: null };
    const at = options.now.getTime() + day * DAY_MS;
    let sum = 0;
    for (const s of started) {
      const t = Math.max(0, (at - (s.lastReview?.getTime() ?? at)) / DAY_MS);
      sum += Math.pow(1 + (factor * t) / Math.max(s.stability, MIN_STABILITY), decay);
    }
    return { day, recall: sum / started.length };
  });
}
