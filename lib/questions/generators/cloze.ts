/** Cloze: the fact's statement with the answer blanked, graded leniently like a typed answer. */
import { acceptedAnswersFor } from "../accepted";
import { renderAnswer } from "../render/answer";
import { blankStatement, renderInStatement } from "../render/statement";
import { revealedAnswer } from "../reveal";
import type { ClozeQuestion } from "../types";
import { factBase, made, skip, untypeableReason, type FactContext, type Generated } from "./fact-context";

/** A cloze question from one fact; skipped when the rest of the statement names the answer or the answer is too long to type. */
export function generateCloze(ctx: FactContext): Generated {
  const untypeable = untypeableReason(ctx);
  if (untypeable !== undefined) return skip(ctx, "cloze", untypeable);
  const text = blankStatement(ctx.fact.statement);
  const revealed = revealedAnswer(text, ctx.fact, ctx.index);
  if (revealed !== undefined) return skip(ctx, "cloze", `the statement names its answer elsewhere ("${revealed}")`);
  const inStatement = renderInStatement(ctx.fact.statement, ctx.fact.answer, ctx.index);
  const question: ClozeQuestion = {
    ...factBase(ctx, "cloze"),
    prompt: text,
    text,
    // The blanked term as it reads in the sentence ("141" when the sentence goes on "countries").
    answer: inStatement || renderAnswer(ctx.fact.answer, ctx.index),
    answerKind: ctx.fact.answer.kind,
    accepted: acceptedAnswersFor(ctx.fact, ctx.index),
  };
  return made(question);
}
