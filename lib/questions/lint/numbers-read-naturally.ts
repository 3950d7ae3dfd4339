/**
 * Rule: numbers and ordinals read as a careful writer puts them: ordinals below ten in words
 * ("second meeting", "third-largest", not "2nd", "3rd largest"), no "1st largest" or "first
 * largest" (that is "largest"), counts below ten in words inside sentences ("two ships", not "2
 * ships"), no singular count with a plural noun ("1 countries"), and thousands grouped ("3,000").
 * Dates ("14 March 2022") and years are left alone, and so are counts in a list of choices, which
 * keep one style (all digits when any is 10 or more).
 */
import type { Question } from "../types";
import { shownTexts } from "./question-facts";
import type { Finding, LintRule } from "./types";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** Index in CHECKS of the small-count rule, which applies to sentences only. */
const SMALL_COUNT_CHECK = 3;
const CHECKS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/\b(?:1st|first)[\s-]+(?:largest|biggest|greatest)\b/gi, (m) => `"${m[0]}" should be "largest"`],
  [/\b[1-9](?:st|nd|rd|th)\b/g, (m) => `ordinal "${m[0]}" below ten should be written in words`],
  [/\b1\s+(?!(?:st|nd|rd|th)\b)([a-z]+s)\b/g, (m) => `"${m[0]}" pairs one with a plural`],
  [new RegExp(`(?<![\\d,.$])\\b([2-9])\\s+(?!(?:${MONTHS})\\b)[a-z]`, "g"), (m) => `count "${m[1]}" below ten should be written in words`],
  [/(?<![\d,.])\b(?!(?:1[89]|20)\d{2}\b)\d{4,}\b/g, (m) => `"${m[0]}" should be grouped with commas`],
];

/** Problems with how one text writes its numbers; `prose` adds the rule for small counts in sentences. */
export function numberProblems(text: string, prose = true): string[] {
  return CHECKS.filter((_, i) => prose || i !== SMALL_COUNT_CHECK).flatMap(([pattern, message]) =>
    [...text.matchAll(pattern)].map(message),
  );
}

function checkQuestion(q: Question): Finding[] {
  // Choices are not sentences: a list with 10 in it writes 8 in digits too ("8 members | 10 members").
  return shownTexts(q).flatMap((text) => numberProblems(text, text === q.prompt).map((message) => ({ question: q, message })));
}

export const numbersReadNaturally: LintRule = {
  id: "numbers-read-naturally",
  description: 'Numbers and ordinals read naturally: "third-largest", "second meeting", "two ships", "3,000" — never "1st largest".',
  check: (ctx) => ctx.bank.flatMap(checkQuestion),
};
