/**
 * True/false: the fact's statement with the true answer (true) or with a distractor in its place
 * (false). Which variants a fact gets is decided by a hash of the fact's key, not by the seed, so
 * question ids do not change with the seed: a third of facts get the true variant, a third the
 * false one, a third both.
 */
import { pickDistractors } from "../distractors";
import { hash32 } from "../ids";
import { rngFor } from "../random";
import { fillStatement } from "../render/statement";
import type { TrueFalseQuestion } from "../types";
import { explanationOf, factBase, made, skip, trueStatementOf, type FactContext, type Generated } from "./fact-context";

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
  const trueStatement = trueStatementOf(ctx);
  const explanation = explanationOf(ctx);
  if (polarity === "true") {
    const question: TrueFalseQuestion = {
      ...base,
      prompt: `True or false? ${trueStatement}`,
      answer: "True",
      statement: trueStatement,
      truth: true,
      explanation,
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
    prompt: `True or false? ${statement}`,
    answer: "False",
    statement,
    truth: false,
    explanation: `False. ${explanation}`,
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
