/**
 * Rule: an explanation says each thing once. No two of its sentences share a run of six or more
 * words (case and punctuation ignored): an explanation opens with the fact's true statement and
 * goes on to why it matters, the fact's own explanation or its event's summary, and when that
 * summary opens with the same clause in other words the student reads it twice ("…Shinzo Abe held
 * talks with Hun Sen. Shinzo Abe held talks with Hun Sen in Cambodia…"). On a true true/false card
 * the statement above the explanation counts as one of its sentences.
 */
import { normalizeText } from "../matching/normalize";
import type { Question } from "../types";
import type { Finding, LintRule } from "./types";

/** Shared runs shorter than this are ordinary phrasing ("the Japan–Cambodia relationship"). */
export const REPEATED_RUN_WORDS = 6;

/** The sentences of a text: split after . ! or ? followed by a space and a capital or digit. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“'‘(])/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The longest run of consecutive words two texts share, as words (empty if none). */
export function longestSharedRun(a: string, b: string): string[] {
  const x = normalizeText(a).split(" ").filter(Boolean);
  const y = normalizeText(b).split(" ").filter(Boolean);
  let best: string[] = [];
  // Dynamic programming over word positions: current[j] is the shared run ending at x[i] and y[j].
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      current[j] = (previous[j - 1] ?? 0) + 1;
      if ((current[j] ?? 0) > best.length) best = x.slice(i - (current[j] ?? 0), i);
    }
    previous = current;
  }
  return best;
}

function check(q: Question): string[] {
  const shown = q.type === "true_false" && q.truth ? [q.statement, ...sentencesOf(q.explanation)] : sentencesOf(q.explanation);
  const problems: string[] = [];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const run = longestSharedRun(shown[i] ?? "", shown[j] ?? "");
      if (run.length >= REPEATED_RUN_WORDS) problems.push(`says "${run.join(" ")}" twice`);
    }
  }
  return problems;
}

export const explanationReadsOnce: LintRule = {
  id: "explanation-reads-once",
  description: "An explanation says each thing once: no two of its sentences repeat a run of six or more words.",
  check: (ctx) => ctx.bank.flatMap((q): Finding[] => check(q).map((message) => ({ question: q, message }))),
};
