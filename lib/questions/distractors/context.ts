/** What every distractor source needs to know about the fact it is inventing wrong answers for. */
import type { Fact } from "@/lib/events/schema";
import type { DatasetIndex } from "../dataset-index";
import type { Rng } from "../random";

/** Inputs of every distractor source. */
export interface DistractorContext {
  index: DatasetIndex;
  fact: Fact;
  /** The question and statement text: a distractor named there would be silly, a year named there is fixed. */
  context: string;
  rng: Rng;
}

/** Concatenate tiers, each already in its own (shuffled) order, dropping repeats by key. */
export function concatTiers<T>(tiers: readonly (readonly T[])[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const tier of tiers) {
    for (const item of tier) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}
