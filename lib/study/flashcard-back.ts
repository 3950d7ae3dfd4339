/**
 * The back of a flashcard: the answer once (in bold, by the UI), then one sentence of why, then
 * the source. A question's explanation opens with the fact's true statement — the answer again —
 * so the "why" is the first sentence of the explanation that does not restate the answer.
 */
import { normalizeText } from "@/lib/questions/matching/normalize";
import type { Question } from "@/lib/questions/types";

/** Sentences of a text (a full stop, question or exclamation mark followed by a space and a capital, digit or quote). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["'“‘(A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** One sentence of why for the back, never repeating the answer; null when the explanation has none. */
export function whySentence(question: Pick<Question, "answer" | "explanation">): string | null {
  const answer = normalizeText(question.answer);
  const restates = (sentence: string) => answer.length > 0 && ` ${normalizeText(sentence)} `.includes(` ${answer} `);
  return sentencesOf(question.explanation).find((s) => !restates(s)) ?? null;
}
