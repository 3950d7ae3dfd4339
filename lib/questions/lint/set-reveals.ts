/**
 * Set-level rule: no question in a quiz set gives away another's answer. A card "reveals" another
 * when what it shows before answering (its prompt, a true/false statement, a cloze text, ordering
 * and matching labels — not multiple-choice options, which show wrong answers too) names the
 * other's answer, and the two are about the same thing: they share an event, or the shown text
 * repeats most of the other's prompt. "Japan supported Cambodia's Covid-19 response with vaccines
 * and ____" gives away "Besides vaccines, what else…?", and a true statement gives away the
 * multiple-choice question of its own fact.
 *
 * Works on question payloads alone (no dataset), so a set built from the database can be checked:
 * auto-build skips candidates that would reveal or be revealed (`pickWithoutReveals`), and the set
 * editor can warn with `findReveals`.
 */
import { normalizeText, phraseFinder } from "../matching/normalize";
import type { Question } from "../types";
import { similarity } from "./no-near-duplicates";

/** One question giving away another's answer. */
export interface Reveal {
  /** The question whose card shows the answer. */
  revealer: string;
  /** The question whose answer it shows. */
  revealed: string;
  /** The answer as it appears on the revealing card. */
  form: string;
}

/** Share of the asked prompt's words the shown text must repeat to count as the same subject across events. */
const SAME_SUBJECT = 0.5;
const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "to",
  "and",
  "or",
  "what",
  "which",
  "who",
  "whom",
  "did",
  "does",
  "was",
  "were",
  "is",
  "are",
  "with",
  "for",
  "by",
  "at",
  "true",
  "false",
]);

/** What a card shows before it is answered. */
function shownText(q: Question): string {
  if (q.type === "ordering") return [q.prompt, ...q.items.map((i) => i.label)].join("\n");
  if (q.type === "matching") return [q.prompt, ...q.left.map((l) => l.label), ...q.right.map((r) => r.label)].join("\n");
  return q.prompt;
}

/** The answers a student must produce or pick: the choice, or every accepted form. True/false, ordering and matching have none to give away. */
function answerForms(q: Question): string[] {
  switch (q.type) {
    case "multiple_choice":
      return [q.answer];
    case "typed":
    case "cloze":
      return [q.answer, ...q.accepted.flatMap((a) => a.forms)];
    default:
      return [];
  }
}

function contentWords(text: string): Set<string> {
  return new Set(
    normalizeText(text)
      .split(" ")
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** The answer form of `asked` that `shown` gives away, if it does. */
export function revealedAnswer(shown: Question, asked: Question): string | undefined {
  if (shown.id === asked.id) return undefined;
  const text = shownText(shown);
  const sameEvent = shown.eventIds.some((slug) => asked.eventIds.includes(slug));
  if (!sameEvent) {
    const askedWords = contentWords(asked.prompt);
    const shownWords = contentWords(text);
    let shared = 0;
    for (const w of askedWords) if (shownWords.has(w)) shared++;
    if (askedWords.size === 0 || shared / askedWords.size < SAME_SUBJECT || similarity(askedWords, shownWords) === 0) return undefined;
  }
  const names = phraseFinder(text);
  return answerForms(asked).find((form) => normalizeText(form).length >= 3 && names(form));
}

/** Every pair in the set where one question gives away another's answer. */
export function findReveals(set: readonly Question[]): Reveal[] {
  const reveals: Reveal[] = [];
  for (const shown of set) {
    for (const asked of set) {
      const form = revealedAnswer(shown, asked);
      if (form !== undefined) reveals.push({ revealer: shown.id, revealed: asked.id, form });
    }
  }
  return reveals;
}

/**
 * Up to `count` questions from `candidates`, in their order, leaving out any candidate that would
 * give away, or be given away by, one already picked.
 */
export function pickWithoutReveals(candidates: readonly Question[], count: number): Question[] {
  const picked: Question[] = [];
  for (const candidate of candidates) {
    if (picked.length >= count) break;
    if (picked.some((p) => revealedAnswer(p, candidate) !== undefined || revealedAnswer(candidate, p) !== undefined)) continue;
    picked.push(candidate);
  }
  return picked;
}
