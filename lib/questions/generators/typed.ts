/** Typed answer: the fact's question, answered in free text and graded leniently. */
import { acceptedAnswersFor } from "../accepted";
import { renderAnswer } from "../render/answer";
import { revealedAnswer } from "../reveal";
import type { TypedQuestion } from "../types";
import { factBase, made, skip, untypeableReason, type FactContext, type Generated } from "./fact-context";

/** A typed-answer question from one fact; skipped when the question names its answer or the answer is too long to type. */
export function generateTyped(ctx: FactContext): Generated {
  const untypeable = untypeableReason(ctx);
  if (untypeable !== undefined) return skip(ctx, "typed", untypeable);
  const prompt = ctx.fact.question;
  const revealed = revealedAnswer(prompt, ctx.fact, ctx.index);
  if (revealed !== undefined) return skip(ctx, "typed", `the question names its answer ("${revealed}")`);
  const question: TypedQuestion = {
    ...factBase(ctx, "typed"),
    prompt,
    answer: renderAnswer(ctx.fact.answer, ctx.index),
    answerKind: ctx.fact.answer.kind,
    accepted: acceptedAnswersFor(ctx.fact, ctx.index),
  };
  return made(question);
}
