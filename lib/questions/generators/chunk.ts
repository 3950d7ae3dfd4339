/**
 * Splitting a sorted list into groups of 3–5 for ordering and matching questions, with
 * content-defined boundaries (as rsync and backup tools cut files): a group ends after an item
 * whose key hashes to a boundary, so inserting one item (a new event) only reshapes the group it
 * lands in (and at most a neighbour), and the other groups — hence their question ids — stay as
 * they were.
 */
import { hash32 } from "../ids";

/** How `chunkStable` keys, separates and sizes groups. */
export interface ChunkOptions<T> {
  key: (item: T) => string;
  /** Two items that must not share a group (e.g. the same year in an events ↔ years question). */
  conflicts?: (a: T, b: T) => boolean;
  min?: number;
  max?: number;
}

/** About one item in four ends a segment, so segments average four items. */
const BOUNDARY_ODDS = 4;

/** Split `items` into `ceil(n / max)` near-equal consecutive parts (each ≥ min when n ≥ min). */
function balanced<T>(items: readonly T[], max: number): T[][] {
  const parts = Math.ceil(items.length / max);
  const out: T[][] = [];
  let start = 0;
  for (let p = 0; p < parts; p++) {
    const size = Math.floor(items.length / parts) + (p < items.length % parts ? 1 : 0);
    out.push(items.slice(start, start + size));
    start += size;
  }
  return out;
}

/** Content-defined segments, short ones merged forward, long ones split evenly. */
function segments<T>(items: readonly T[], key: (item: T) => string, min: number, max: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    current.push(item);
    const boundary = (hash32(`chunk:${key(item)}`) >>> 0) % BOUNDARY_ODDS === 0;
    if (boundary && current.length >= min) {
      out.push(...balanced(current, max));
      current = [];
    }
  }
  if (current.length >= min) {
    out.push(...balanced(current, max));
  } else if (current.length > 0) {
    const last = out.pop();
    if (last) out.push(...balanced([...last, ...current], max));
  }
  return out;
}

/**
 * Groups of `min`–`max` items, in list order. An item that conflicts with others in its group is
 * carried to the next group; items that never fit a group of at least `min` are left out.
 */
export function chunkStable<T>(items: readonly T[], options: ChunkOptions<T>): T[][] {
  const { key, conflicts = () => false, min = 3, max = 5 } = options;
  const fits = (group: readonly T[], item: T) => group.length < max && !group.some((other) => conflicts(other, item));
  const out: T[][] = [];
  let waiting: T[] = [];
  for (const segment of segments(items, key, min, max)) {
    const group: T[] = [];
    const carried: T[] = [];
    for (const item of [...waiting, ...segment]) (fits(group, item) ? group : carried).push(item);
    if (group.length >= min) {
      out.push(group);
      waiting = carried;
    } else {
      waiting = [...group, ...carried];
    }
  }
  // Whatever is still waiting forms more groups while it can.
  while (waiting.length >= min) {
    const group: T[] = [];
    const carried: T[] = [];
    for (const item of waiting) (fits(group, item) ? group : carried).push(item);
    if (group.length < min) break;
    out.push(group);
    waiting = carried;
  }
  return out;
}
