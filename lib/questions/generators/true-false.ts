/**
 * True/false: the fact's statement with the true answer (true) or with a distractor in its place
 * (false). Which variants a fact gets is decided by a hash of the fact's key, not by the seed, so
 * question ids do not change with the seed: a third of facts get the true variant, a third the
 * false one, a third both.
 *
 * The prompt is the bare statement: the card's question-type label already says "True or false",
 * and a prefix only repeated it. The explanation opens with the verdict; a false one then gives
 * the true statement as the correction, a true one goes straight to why (its true statement is the
 * prompt, shown beside the explanation, so leading with it repeated the prompt word for word).
 */
import { pickDistractors } from "../distractors";
import { hash32 } from "../ids";
import { rngFor } from "../random";
import { fillStatement } from "../render/statement";
import type { TrueFalseQuestion } from "../types";
import { explanationOf, factBase, made, skip, trueStatementOf, whyOf, type FactContext, type Generated } from "./fact-context";

/** The two true/false variants of a fact. */
export type Polarity = "true" | "false";

/** The variants planned for a fact: seed-independent, spread evenly over facts. */
export function plannedPolarities(eventSlug: string, factId: string): Polarity[] {
  const bucket = (hash32(`true_false:${eventSlug}/${factId}`) >>> 0) % 3;
  return bucket === 0 ? ["true"] : bucket === 1 ? ["false"] : ["true", "false"];
}

/** One true/false variant of a fact; the false one is skipped when no distractor exists. */
export function generateTrueFalse(ctx: FactContext, polarity: Polarity): Generated {
  const base = factBase(ctx, "true_false", polarity);
  if (polarity === "true") {
    const trueStatement = trueStatementOf(ctx);
    const question: TrueFalseQuestion = {
      ...base,
      prompt: trueStatement,
      answer: "True",
      statement: trueStatement,
      truth: true,
      explanation: `True. ${whyOf(ctx)}`,
    };
    return made(question);
  }
  const rng = rngFor(ctx.seed, base.id);
  const [distractor] = pickDistractors(
    { index: ctx.index, fact: ctx.fact, context: `${ctx.fact.question}\n${ctx.fact.statement}`, rng },
    1,
  );
  if (!distractor) return skip(ctx, "true_false", "no distractor to make a false statement");
  const statement = fillStatement(ctx.fact.statement, distractor, ctx.index);
  const question: TrueFalseQuestion = {
    ...base,
    prompt: statement,
    answer: "False",
    statement,
    truth: false,
    explanation: `False. ${explanationOf(ctx)}`,
  };
  return made(question);
}

/** The planned true/false variants of a fact (the true one stands in when a false one cannot be made). */
export function generateTrueFalseVariants(ctx: FactContext): Generated {
  const planned = plannedPolarities(ctx.event.slug, ctx.fact.id);
  const results = planned.map((p) => generateTrueFalse(ctx, p));
  const out: Generated = { questions: results.flatMap((r) => r.questions), skipped: results.flatMap((r) => r.skipped) };
  if (out.questions.length === 0) {
    const fallback = generateTrueFalse(ctx, "true");
    out.questions.push(...fallback.questions);
  }
  return out;
}
