/**
 * Rule: no two questions of the same type ask the same thing in (nearly) the same words. Prompts
 * are compared as sets of words (case, punctuation and a handful of function words ignored); two
 * made from different facts or links that share 85 % of their words are near-duplicates. Group
 * questions share a fixed prompt by design and are compared by their items instead.
 */
import { normalizeText } from "../matching/normalize";
import type { Question } from "../types";
import type { Finding, LintRule } from "./types";

const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "to",
  "and",
  "or",
  "did",
  "does",
  "do",
  "was",
  "were",
  "is",
  "are",
  "true",
  "false",
]);
const THRESHOLD = 0.85;

function words(text: string): Set<string> {
  return new Set(
    normalizeText(text)
      .split(" ")
      .filter((w) => w !== "" && !FUNCTION_WORDS.has(w)),
  );
}

/** Jaccard similarity of two word sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** What a question is made from: its fact, its link or its members; variants of one source are not duplicates. */
function origin(q: Question): string {
  if ("factId" in q && q.factId !== undefined) return `${q.eventIds[0] ?? ""}/${q.factId}`;
  if (q.link) return `${q.link.from}>${q.link.to}`;
  return q.id;
}

function compared(q: Question): string {
  if (q.type === "ordering") return q.items.map((i) => i.label).join(" ");
  if (q.type === "matching") return [...q.left, ...q.right].map((i) => i.label).join(" ");
  return q.prompt;
}

function findDuplicates(bank: readonly Question[]): Finding[] {
  const findings: Finding[] = [];
  const seen: { q: Question; words: Set<string>; origin: string }[] = [];
  for (const q of bank) {
    const mine = { q, words: words(compared(q)), origin: origin(q) };
    for (const other of seen) {
      if (other.q.type !== q.type || other.origin === mine.origin) continue;
      const score = similarity(other.words, mine.words);
      if (score >= THRESHOLD) {
        findings.push({
          question: q,
          message: `${score === 1 ? "duplicates" : "nearly duplicates"} ${other.q.id} ("${compared(other.q)}")`,
        });
      }
    }
    seen.push(mine);
  }
  return findings;
}

export const noNearDuplicates: LintRule = {
  id: "no-near-duplicates",
  description: "No duplicate or near-duplicate prompts among questions of the same type.",
  check: (ctx) => findDuplicates(ctx.bank),
};
