/**
 * Rule: a cloze blank has exactly one true fill in the dataset. It fails when the fact itself
 * lists other true answers (`alsoCorrect`), when the sentence frames the blank as one item of a
 * list ("such as ____", "including ____"), or when the event's summary names, in the same sentence
 * as the answer, the free-text answer of a sibling fact that the cloze text does not
 * already contain, listed next to it (at most six words apart, across a comma or "and"): "In 2013
 * Japan pledged to support ____" takes any of the five pledges the summary lists, and grading four
 * of them wrong teaches the wrong thing.
 */
import { containsPhrase, normalizeText } from "../matching/normalize";
import { answerSurfaceForms, renderAnswer } from "../render/answer";
import type { ClozeQuestion } from "../types";
import { factOf } from "./question-facts";
import type { Finding, LintContext, LintRule } from "./types";

const LIST_CUES = /\b(?:such as|including|among others|among other|one of|for example|for instance|e\.g\.)\s+(?:the\s+)?____/i;

const LIST_GAP_WORDS = 6;

/** Where a phrase occurs in a normalised text, as [start, end] word positions. */
function spans(words: readonly string[], phrase: string): [number, number][] {
  const needle = normalizeText(phrase).split(" ").filter(Boolean);
  const out: [number, number][] = [];
  if (needle.length === 0) return out;
  for (let i = 0; i + needle.length <= words.length; i++) {
    if (needle.every((w, k) => words[i + k] === w)) out.push([i, i + needle.length]);
  }
  return out;
}

/** Whether two phrases sit side by side in a list within one sentence of `summary`. */
function listedTogether(summary: string, a: readonly string[], b: readonly string[]): boolean {
  return summary.split(/(?<=[.!?])\s+/).some((sentence) => {
    if (!/,|\band\b/.test(sentence)) return false;
    const words = normalizeText(sentence).split(" ");
    const as = a.flatMap((form) => spans(words, form));
    const bs = b.flatMap((form) => spans(words, form));
    return as.some(([s1, e1]) => bs.some(([s2, e2]) => Math.max(s2 - e1, s1 - e2) <= LIST_GAP_WORDS));
  });
}

function checkQuestion(q: ClozeQuestion, ctx: LintContext): string[] {
  const found = factOf(q, ctx);
  if (!found) return [];
  const { event, fact } = found;
  const problems: string[] = [];
  if (fact.alsoCorrect.length > 0)
    problems.push(`the blank takes ${fact.alsoCorrect.length + 1} true answers (alsoCorrect): ask one that has a single fill`);
  if (LIST_CUES.test(q.text)) problems.push("the blank is one item of a list");
  // Entity answers that share a blank are declared in `alsoCorrect` (checked above); free-text ones are not.
  if (fact.answer.kind !== "text") return problems;
  const ownForms = answerSurfaceForms(fact.answer, ctx.index);
  for (const sibling of event.facts) {
    if (sibling.id === fact.id || sibling.answer.kind !== "text") continue;
    const forms = answerSurfaceForms(sibling.answer, ctx.index);
    if (forms.some((form) => containsPhrase(q.text, form))) continue;
    if (listedTogether(event.summary, ownForms, forms)) {
      problems.push(
        `"${renderAnswer(sibling.answer, ctx.index)}" (fact ${sibling.id}) is listed beside the answer in the event summary and may fill the blank too`,
      );
    }
  }
  return problems;
}

export const clozeSingleFill: LintRule = {
  id: "cloze-single-fill",
  description: "A cloze blank has exactly one true fill in the dataset.",
  check: (ctx) =>
    ctx.bank.flatMap((q): Finding[] => (q.type === "cloze" ? checkQuestion(q, ctx).map((message) => ({ question: q, message })) : [])),
};
