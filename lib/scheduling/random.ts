/**
 * Seeded randomness for simulations (pure-rand's xoroshiro128+): the same seed gives the same run,
 * so a forecast or a simulated class is reproducible and testable.
 */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A function returning uniform numbers in [0, 1), seeded. */
export type UniformRandom = () => number;

const SCALE = 2 ** 30;

export function createUniformRandom(seed: number): UniformRandom {
  const rng = xoroshiro128plus(seed | 0);
  return () => uniformInt(rng, 0, SCALE - 1) / SCALE;
}
