/** Multiple choice: the fact's question with four choices, the answer and three distractors. */
import { pickDistractors } from "../distractors";
import { rngFor, shuffle } from "../random";
import { renderAnswer } from "../render/answer";
import { revealedAnswer } from "../reveal";
import type { MultipleChoiceQuestion } from "../types";
import { factBase, made, skip, type FactContext, type Generated } from "./fact-context";

/** Choices per multiple-choice question (the answer and three distractors). */
export const CHOICE_COUNT = 4;

/**
 * A multiple-choice question from one fact, choices shuffled by (seed, question id); skipped when
 * the question names its own answer or fewer than three good distractors exist.
 */
export function generateMultipleChoice(ctx: FactContext): Generated {
  const base = factBase(ctx, "multiple_choice");
  const prompt = ctx.fact.question;
  const revealed = revealedAnswer(prompt, ctx.fact, ctx.index);
  if (revealed !== undefined) return skip(ctx, "multiple_choice", `the question names its answer ("${revealed}")`);
  const rng = rngFor(ctx.seed, base.id);
  const context = `${ctx.fact.question}\n${ctx.fact.statement}`;
  const distractors = pickDistractors({ index: ctx.index, fact: ctx.fact, context, rng }, CHOICE_COUNT - 1);
  if (distractors.length < CHOICE_COUNT - 1) {
    return skip(ctx, "multiple_choice", `only ${distractors.length} good distractor(s) of the answer's kind`);
  }
  const answer = renderAnswer(ctx.fact.answer, ctx.index);
  const choices = shuffle([answer, ...distractors.map((d) => renderAnswer(d, ctx.index))], rng);
  const question: MultipleChoiceQuestion = {
    ...base,
    prompt,
    answer,
    choices,
    answerIndex: choices.indexOf(answer),
  };
  return made(question);
}
