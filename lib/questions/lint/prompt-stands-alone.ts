/**
 * Rule: every prompt stands alone. A student who sees only this card must know who, when and
 * where it is about, so a definite reference to something the card never names ("the ministers",
 * "the resolution", "the 2013 analysis", "this anniversary") is a violation. A reference counts as
 * named when a proper name sits inside it ("the UN General Assembly resolution", "the Kishida–Hun
 * Manet talks") or in the phrase that follows it ("the resolution condemning Russia's aggression",
 * "the call with Japan's new foreign minister"). Demonyms and month names do not name anything
 * ("the Japanese crews", "the November summits" are still vague).
 */
import { phraseFinder } from "../matching/normalize";
import type { Question } from "../types";
import { shownTexts } from "./question-facts";
import type { Finding, LintRule } from "./types";

/** Nouns that, after "the" and unnamed, point at something outside the card. */
const VAGUE_NOUNS = [
  "ministers",
  "leaders",
  "resolution",
  "analysis",
  "analyst",
  "report",
  "call",
  "talks",
  "visit",
  "trip",
  "tour",
  "summit",
  "summits",
  "ships",
  "vessels",
  "crews",
  "crew",
  "documents",
  "meeting",
  "meetings",
  "statement",
  "plan",
  "consensus",
  "post",
  "port call",
  "coup",
  "vote",
  "election",
  "funeral",
  "invasion",
  "deployment",
  "dialogue",
  "project",
  "press release",
  "article",
  "anniversary",
  "settlement",
  "crisis",
  "disputes",
  "sea disputes",
  "two countries",
  "countries",
  "sides",
  "invitations",
  "pledge",
  "tribute",
  "exercises",
  "agreement",
  "interview",
  "speech",
  "address",
];

/** Capitalised words that name nothing on their own. */
const NOT_NAMES = new Set([
  "japanese",
  "cambodian",
  "indian",
  "american",
  "chinese",
  "russian",
  "ukrainian",
  "vietnamese",
  "thai",
  "asian",
  "southeast",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "true",
  "false",
]);

/** Words that open a phrase qualifying the noun before them. */
const QUALIFIER_STARTS = new Set([
  "of",
  "on",
  "between",
  "with",
  "from",
  "by",
  "in",
  "at",
  "for",
  "to",
  "against",
  "condemning",
  "marking",
  "held",
  "issued",
  "agreed",
  "adopted",
  "led",
  "after",
  "about",
  "that",
  "which",
  "who",
]);

/** Words that cannot sit between a determiner and its noun: a verb, a preposition or another determiner ends the phrase. */
const NOT_MODIFIERS = [
  "the",
  "a",
  "an",
  "this",
  "these",
  "that",
  "those",
  "did",
  "do",
  "does",
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "for",
  "of",
  "to",
  "in",
  "on",
  "at",
  "with",
  "by",
  "and",
  "or",
  "would",
  "will",
];

const nounPattern = VAGUE_NOUNS.map((n) => n.replace(/ /g, "\\s+")).join("|");
const modifier = `(?!(?:${NOT_MODIFIERS.join("|")})\\b)[\\p{L}\\d'’–-]+\\s+`;
const REFERENCE = new RegExp(`\\b(the|this|these|both)\\s+((?:${modifier}){0,3}?)(${nounPattern})\\b`, "giu");

/** Whether the words hold a proper name (or a cloze blank, which stands for one). */
function namesSomething(words: string): boolean {
  if (words.includes("____")) return true;
  return words
    .split(/[\s–-]+/)
    .map((w) => w.replace(/['’]s$/, ""))
    .some((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()));
}

/**
 * The qualifying phrase after a reference, up to punctuation, at most twelve words: one opened by a
 * preposition or participle ("of…", "condemning…"), a relative clause ("that Abe praised…") or a
 * name in apposition ("the navy ships JS Uraga and JS Hirado", "the documents Japan exchanged").
 */
function qualifierAfter(text: string, end: number): string {
  const rest = text.slice(end).replace(/^[\s]+/, "");
  const firstWord = rest.split(/\s+/)[0] ?? "";
  const opens = QUALIFIER_STARTS.has(firstWord.toLowerCase()) || /^\p{Lu}/u.test(firstWord) || firstWord.startsWith("____");
  if (!opens) return "";
  return (rest.split(/[,.;:?!()]/)[0] ?? "").split(/\s+/).slice(0, 12).join(" ");
}

/**
 * The unnamed references in one text. `names` are the dataset's entity names and aliases: a
 * reference that is itself a name ("the five-point consensus") names something.
 */
export function danglingReferences(text: string, names: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const determiner = (match[1] ?? "").toLowerCase();
    const modifiers = match[2] ?? "";
    const phrase = match[0];
    const deictic = determiner !== "the" && determiner !== "both";
    const qualifier = qualifierAfter(text, (match.index ?? 0) + phrase.length);
    const isName = (words: string) => {
      const has = phraseFinder(words);
      return names.some((n) => n.length > 3 && has(n));
    };
    const named =
      !deictic && (namesSomething(modifiers) || namesSomething(qualifier) || isName(`${modifiers} ${match[3] ?? ""}`) || isName(qualifier));
    if (!named) found.push(phrase);
  }
  if (/^(?:True or false\?\s+)?(?:He|She|They|It|His|Her|Their|Its)\b/.test(text)) found.push("a pronoun with nothing before it");
  return found;
}

function checkQuestion(q: Question, names: readonly string[]): Finding[] {
  return shownTexts(q)
    .filter((t) => q.type !== "multiple_choice" || t === q.prompt)
    .flatMap((text) => danglingReferences(text, names).map((ref) => ({ question: q, message: `"${ref}" is never named on the card` })));
}

export const promptStandsAlone: LintRule = {
  id: "prompt-stands-alone",
  description: 'Every prompt stands alone: no "the ministers", "the resolution", "the 2013 analysis" without naming them.',
  check: (ctx) => {
    const names = ctx.index.entities.flatMap((e) => [e.name, ...e.aliases]);
    return ctx.bank.flatMap((q) => checkQuestion(q, names));
  },
};
