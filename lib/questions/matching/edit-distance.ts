/**
 * Optimal string alignment distance (Damerau–Levenshtein restricted to non-overlapping adjacent
 * transpositions): insertions, deletions, substitutions and swaps of two neighbouring characters
 * each cost 1, so "Kihsida" is one edit from "Kishida". Plain Levenshtein (as fastest-levenshtein
 * computes it) would count the swap as two and reject a common typing slip.
 *
 * With `max`, the computation stops as soon as the distance is known to exceed it and returns
 * `max + 1`: callers only ever ask "within n edits?", and most pairs are far apart.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: i-2, i-1, i.
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let curr = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      }
      curr[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // A row's minimum never decreases further down (a transposition reaches back one more row,
    // so require two rows above the bound before giving up).
    if (rowMin > max && Math.min(...prev) > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return Math.min(prev[m] ?? 0, max + 1);
}
