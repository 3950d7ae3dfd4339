/**
 * Typo-tolerant comparison of two names or phrases. The allowance grows with length (none up to
 * 3 characters, 1 edit up to 7, 2 beyond) and is also checked word by word, so a slip inside one
 * word passes while a different word ("Hun Manet" for "Hun Sen") never does; a short word takes
 * one slip only when it is the only slip in a longer name. Digits must agree exactly: "G7" is not
 * "G8".
 */
import { editDistance } from "./edit-distance";
import { normalizeText } from "./normalize";

/** Edits tolerated in a word or phrase of `length` letters (spaces not counted). */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** How a response compared with one accepted form. */
export interface TextComparison {
  /** "exact": equal once normalised (spacing included); "typo": within the allowance. */
  kind: "exact" | "typo";
  distance: number;
}

const digitsOf = (s: string) => s.replace(/\D+/g, " ").trim();

/** Compare a response with one accepted form; null when it is not a match. */
export function compareText(response: string, form: string): TextComparison | null {
  const r = normalizeText(response);
  const f = normalizeText(form);
  if (r === "" || f === "") return null;
  if (r === f) return { kind: "exact", distance: 0 };
  const rc = r.replace(/ /g, "");
  const fc = f.replace(/ /g, "");
  if (rc === fc) return { kind: "exact", distance: 0 };
  // Name order swapped ("Kishida Fumio"): same words, nothing misspelt.
  if (rc.length === fc.length && f.includes(" ") && [...r.split(" ")].sort().join(" ") === [...f.split(" ")].sort().join(" ")) {
    return { kind: "exact", distance: 0 };
  }
  // Numbers are never "nearly" right.
  if (/\d/.test(rc) || /\d/.test(fc)) {
    if (digitsOf(r) !== digitsOf(f)) return null;
    if (/^\d+$/.test(fc)) return null;
  }
  const allowance = typoAllowance(fc.length);
  if (allowance === 0) return null;
  // Each edit changes the length by at most one: a bigger gap cannot be a typo.
  if (Math.abs(rc.length - fc.length) > allowance) return null;
  const distance = Math.min(editDistance(r, f, allowance), editDistance(rc, fc, allowance));
  if (distance > allowance) return null;
  const rt = r.split(" ");
  const ft = f.split(" ");
  if (rt.length === ft.length) {
    const differing = ft.filter((want, i) => rt[i] !== want).length;
    for (let i = 0; i < ft.length; i++) {
      const want = ft[i] ?? "";
      const got = rt[i] ?? "";
      if (got === want) continue;
      // A short word may take one slip only when it is the sole slip in a longer name ("Hun Senn").
      const allowed = want.length <= 3 && differing === 1 && fc.length >= 6 ? 1 : typoAllowance(want.length);
      if (editDistance(got, want) > allowed) return null;
    }
  } else if (Math.abs(rt.length - ft.length) > 1) {
    return null;
  }
  return { kind: "typo", distance };
}
