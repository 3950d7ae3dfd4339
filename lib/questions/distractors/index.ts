/**
 * Distractor selection: candidates of the answer's kind, best first, kept only when they are
 * truly wrong and distinct. A distractor is never the answer or an `alsoCorrect` answer, never
 * equivalent to one (same entity, an alias, the same date or an overlapping one, the same number,
 * or anything lenient matching would grade correct), never a `notDistractors` entity, never
 * named in the prompt, and never a repeat of another choice. An entity distractor also meets every
 * constraint the fact's question states ("Which Japanese organisation…": Japanese organisations
 * only), so none can be ruled out without knowing the fact.
 */
import type { Answer } from "@/lib/events/schema";
import { sharedAcceptedAnswers } from "../accepted";
import { promptConstraints, unmetConstraints } from "../constraints";
import { datesOverlap } from "../fuzzy-date";
import { matchesAnswer } from "../matching/match-answer";
import { normalizeText, phraseFinder } from "../matching/normalize";
import { sameNumber } from "../matching/parse-number";
import { answerSurfaceForms, renderAnswer } from "../render/answer";
import type { DistractorContext } from "./context";
import { dateCandidates } from "./date";
import { entityCandidates } from "./entity";
import { numberCandidates } from "./number";
import { textCandidates } from "./text";

export type { DistractorContext } from "./context";

function candidatesFor(ctx: DistractorContext): Answer[] {
  const answer = ctx.fact.answer;
  switch (answer.kind) {
    case "entity":
      return entityCandidates(ctx, answer);
    case "date":
      return dateCandidates(ctx, answer);
    case "number":
      return numberCandidates(ctx, answer);
    case "text":
      return textCandidates(ctx, answer);
  }
}

/** Whether `candidate` is, structurally, one of the true answers. */
export function equivalentAnswers(candidate: Answer, truth: Answer): boolean {
  if (candidate.kind === "entity" && truth.kind === "entity") return candidate.entity === truth.entity;
  if (candidate.kind === "date" && truth.kind === "date") return datesOverlap(candidate.date, truth.date);
  if (candidate.kind === "number" && truth.kind === "number") return sameNumber(candidate.value, truth.value);
  if (candidate.kind === "text" && truth.kind === "text") {
    return normalizeText(candidate.text) === normalizeText(truth.text);
  }
  return false;
}

/** Person names are often shortened to the last word in prompts ("Kishida"). */
function mentionForms(candidate: Answer, ctx: DistractorContext): string[] {
  const forms = answerSurfaceForms(candidate, ctx.index);
  if (candidate.kind === "entity") {
    const e = ctx.index.entity(candidate.entity);
    const last = e.name.trim().split(/\s+/).pop() ?? "";
    if (e.kind === "person" && e.name.includes(" ") && last.length >= 3) forms.push(last);
  }
  return forms;
}

/**
 * Up to `count` distractors for the context's fact, best first; fewer when the dataset cannot
 * supply that many good ones (then the fact is not asked as multiple choice).
 */
export function pickDistractors(ctx: DistractorContext, count: number): Answer[] {
  const truths = [ctx.fact.answer, ...ctx.fact.alsoCorrect];
  const accepted = sharedAcceptedAnswers(ctx.fact, ctx.index);
  const excludedEntities = new Set(ctx.fact.notDistractors);
  const taken = new Set(truths.map((t) => normalizeText(renderAnswer(t, ctx.index))));
  const namedInPrompt = phraseFinder(ctx.context);
  const constraints = promptConstraints(ctx.fact.question, ctx.index);
  const chosen: Answer[] = [];
  for (const candidate of candidatesFor(ctx)) {
    if (chosen.length >= count) break;
    if (candidate.kind === "entity" && excludedEntities.has(candidate.entity)) continue;
    if (
      candidate.kind === "entity" &&
      constraints &&
      unmetConstraints(ctx.index.entity(candidate.entity), constraints, ctx.index).length > 0
    ) {
      continue;
    }
    if (truths.some((t) => equivalentAnswers(candidate, t))) continue;
    const label = renderAnswer(candidate, ctx.index);
    const key = normalizeText(label);
    if (key === "" || taken.has(key)) continue;
    // Anything a student could type and have graded right is not a wrong answer.
    const forms = answerSurfaceForms(candidate, ctx.index);
    if (forms.some((form) => matchesAnswer(form, accepted).correct)) continue;
    if (mentionForms(candidate, ctx).some(namedInPrompt)) continue;
    taken.add(key);
    chosen.push(candidate);
  }
  return chosen;
}
