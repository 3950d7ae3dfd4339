/**
 * Lenient grading of a typed answer against the accepted answers of a cloze or typed question:
 * names and phrases through normalisation, aliases and bounded typos (never reaching a known
 * near miss), dates in any common form at the answer's precision, numbers exactly in any common
 * writing.
 */
import { partsAgree } from "../fuzzy-date";
import type { AcceptedAnswer } from "../types";
import { editDistance } from "./edit-distance";
import { compareText } from "./fuzzy-text";
import { normalizeText } from "./normalize";
import { parseDateResponse } from "./parse-date";
import { parseNumberResponse, sameNumber } from "./parse-number";

/** Why a response was accepted: verbatim, as an alias, despite a typo, or as a date/number. */
export type MatchHow = "exact" | "alias" | "typo" | "date" | "number";

/** Whether a response matched, and which accepted form it was taken as. */
export type MatchResult =
  { correct: true; /** The accepted form the response was taken as. */ matched: string; how: MatchHow } | { correct: false };

const NO_MATCH: MatchResult = { correct: false };

/** The readable form a date or number response was taken as: the one it spelled, else the canonical one. */
function formFor(response: string, forms: readonly string[], fallback: string): string {
  const typed = normalizeText(response);
  return forms.find((f) => normalizeText(f) === typed) ?? forms[0] ?? fallback;
}

function matchText(response: string, forms: string[], nearMisses: string[]): MatchResult {
  let best: { form: string; index: number; distance: number; exact: boolean } | undefined;
  forms.forEach((form, index) => {
    const cmp = compareText(response, form);
    if (!cmp) return;
    const better =
      !best || (cmp.kind === "exact" && !best.exact) || ((cmp.kind === "exact") === best.exact && cmp.distance < best.distance);
    if (better) best = { form, index, distance: cmp.distance, exact: cmp.kind === "exact" };
  });
  if (!best) return NO_MATCH;
  if (best.exact) return { correct: true, matched: best.form, how: best.index === 0 ? "exact" : "alias" };
  // A typo match must be closer to the answer than to any known wrong answer.
  const r = normalizeText(response);
  const { distance } = best;
  const nearer = nearMisses.some((miss) => {
    const m = normalizeText(miss);
    return m === r || editDistance(r, m) <= distance;
  });
  return nearer ? NO_MATCH : { correct: true, matched: best.form, how: "typo" };
}

function matchDate(response: string, accepted: Extract<AcceptedAnswer, { kind: "date" }>): MatchResult {
  const readings = parseDateResponse(response);
  const date = { iso: accepted.iso, precision: accepted.precision };
  const ok = readings.some((parts) => partsAgree(parts, date));
  return ok ? { correct: true, matched: formFor(response, accepted.forms, accepted.iso), how: "date" } : NO_MATCH;
}

function matchNumber(response: string, accepted: Extract<AcceptedAnswer, { kind: "number" }>): MatchResult {
  const parsed = parseNumberResponse(response);
  if (!parsed) return NO_MATCH;
  const candidates = [parsed.value];
  // "2.8" for "US$2.8 billion": read an unscaled response at the scale the answer is shown in.
  if (accepted.style === "usd" && !parsed.scaled) {
    const scale = Math.abs(accepted.value) >= 1e9 ? 1e9 : Math.abs(accepted.value) >= 1e6 ? 1e6 : 1;
    candidates.push(parsed.value * scale);
  }
  const ok = candidates.some((v) => sameNumber(v, accepted.value));
  return ok ? { correct: true, matched: formFor(response, accepted.forms, String(accepted.value)), how: "number" } : NO_MATCH;
}

/**
 * Whether a typed response matches any accepted answer, and which accepted form it was taken as
 * (for "accepted as …" feedback). Accepted answers are tried in order, the fact's answer first.
 *
 * - text: case, accents, punctuation, spacing and a leading article are ignored; aliases count;
 *   typos are tolerated by length (none up to 3 letters, 1 edit up to 7, 2 beyond; never in
 *   digits), word by word, and only when the response is not as close to a near miss.
 * - date: "24 February 2022", "Feb 24, 2022", "2022-02-24", "24/2/2022"… must agree with the
 *   answer down to its precision (a less precise response is wrong; a more precise one is judged
 *   on the answer's precision).
 * - number: exact value, written "141", "141 countries", "70th", "seventieth", "$2.8bn"…
 */
export function matchesAnswer(response: string, accepted: AcceptedAnswer | readonly AcceptedAnswer[]): MatchResult {
  if (typeof response !== "string" || response.trim() === "") return NO_MATCH;
  const list: readonly AcceptedAnswer[] = Array.isArray(accepted) ? accepted : [accepted as AcceptedAnswer];
  for (const answer of list) {
    const result =
      answer.kind === "text"
        ? matchText(response, answer.forms, answer.nearMisses)
        : answer.kind === "date"
          ? matchDate(response, answer)
          : matchNumber(response, answer);
    if (result.correct) return result;
  }
  return NO_MATCH;
}
