/**
 * Seeded randomness for the generator (pure-rand's xoroshiro128+). Every question draws from its
 * own generator, seeded by the bank seed and the question's id, so one question's choices do not
 * depend on how many random draws the questions before it made.
 */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { hash32 } from "./ids";

/** pure-rand's xoroshiro128+ generator. */
export type Rng = ReturnType<typeof xoroshiro128plus>;

/** A generator for one purpose (`key`, e.g. a question id) under a bank seed. */
export function rngFor(seed: number, key: string): Rng {
  return xoroshiro128plus(hash32(`${seed}|${key}`));
}

/** A shuffled copy (Fisher–Yates). Advances `rng`. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * A shuffled copy that is never in the original order (when there are two or more items), so an
 * ordering or matching question is never shown already solved.
 */
export function shuffleAwayFromIdentity<T>(items: readonly T[], rng: Rng): T[] {
  if (items.length < 2) return [...items];
  const shuffled = shuffle(items, rng);
  if (shuffled.some((item, i) => item !== items[i])) return shuffled;
  return [...shuffled.slice(1), ...shuffled.slice(0, 1)];
}

/** Integer in [from, to]. Advances `rng`. */
export function randomInt(rng: Rng, from: number, to: number): number {
  return uniformInt(rng, from, to);
}
