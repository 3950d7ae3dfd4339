/** Multiple choice: the fact's question with four choices, the answer and three distractors. */
import type { Answer } from "@/lib/events/schema";
import { pickDistractors } from "../distractors";
import { rngFor, shuffle } from "../random";
import { renderAnswer } from "../render/answer";
import { renderQuantity } from "../render/number";
import { revealedAnswer } from "../reveal";
import type { MultipleChoiceQuestion } from "../types";
import { factBase, made, skip, type FactContext, type Generated } from "./fact-context";

/**
 * How the choices of one question read. Numbers keep one style across the list, as a careful
 * writer keeps them: words when every choice is below ten ("two ships"), digits when any is not
 * ("8 members", "10 members").
 */
function choiceLabeller(options: readonly Answer[], ctx: FactContext): (a: Answer) => string {
  const digits = options.some((o) => o.kind === "number" && o.style !== "usd" && Math.abs(o.value) >= 10);
  return (a) => (a.kind === "number" && digits ? renderQuantity(a.value, a.unit, a.style) : renderAnswer(a, ctx.index));
}

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
  const label = choiceLabeller([ctx.fact.answer, ...distractors], ctx);
  const answer = label(ctx.fact.answer);
  const choices = shuffle([answer, ...distractors.map(label)], rng);
  const question: MultipleChoiceQuestion = {
    ...base,
    prompt,
    answer,
    choices,
    answerIndex: choices.indexOf(answer),
  };
  return made(question);
}
