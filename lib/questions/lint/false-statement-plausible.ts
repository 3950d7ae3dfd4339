/**
 * Rule: a true/false statement is grammatical, and a false one changes one thing a learner should
 * know into something plausible: the value put in place of the answer meets every constraint the
 * fact's question states (a killed former prime minister stays a killed former prime minister), a
 * date stays near the true one (a year for a day or a month, ten years for a year), a number stays
 * within a factor of three. "…honoured the killed former prime minister Fumio Kishida…" teaches nothing.
 */
import type { Fact } from "@/lib/events/schema";
import { promptConstraints, unmetConstraints } from "../constraints";
import { dateInterval, dayNumber } from "../fuzzy-date";
import { parseDateResponse } from "../matching/parse-date";
import { parseNumberResponse } from "../matching/parse-number";
import { PLACEHOLDER } from "../render/statement";
import type { TrueFalseQuestion } from "../types";
import { grammarProblems } from "./grammar";
import { entityNamed, factOf } from "./question-facts";
import type { Finding, LintContext, LintRule } from "./types";

/** How far a false date may be from the true one, by the answer's precision. */
const PLAUSIBLE_DAYS = { day: 366, month: 2 * 366, year: 10 * 366 } as const;

/** The value the generator put in place of "{answer}" in `statement`. */
export function insertedValue(fact: Fact, statement: string): string | undefined {
  const at = fact.statement.indexOf(PLACEHOLDER);
  const before = fact.statement.slice(0, at);
  const after = fact.statement.slice(at + PLACEHOLDER.length);
  if (!statement.toLowerCase().startsWith(before.toLowerCase()) || !statement.endsWith(after)) return undefined;
  return statement.slice(before.length, statement.length - after.length);
}

function plausibilityProblems(q: TrueFalseQuestion, fact: Fact, ctx: LintContext): string[] {
  const value = insertedValue(fact, q.statement);
  if (value === undefined) return ["the statement does not follow the fact's sentence"];
  const answer = fact.answer;
  switch (answer.kind) {
    case "entity": {
      const entity = entityNamed(value, ctx.index) ?? entityNamed(value.replace(/^the\s+/i, ""), ctx.index);
      if (!entity) return [`"${value}" is not an entity of the dataset`];
      const truth = ctx.index.entity(answer.entity);
      if (entity.kind !== truth.kind) return [`"${value}" is a ${entity.kind}, the answer a ${truth.kind}`];
      const constraints = promptConstraints(fact.question, ctx.index);
      const unmet = constraints ? unmetConstraints(entity, constraints, ctx.index) : [];
      return unmet.length > 0 ? [`"${value}" ${unmet.join(", ")}: the fact is about a "${constraints?.phrase}"`] : [];
    }
    case "date": {
      const [parsed] = parseDateResponse(value);
      if (!parsed) return [`"${value}" is not a date`];
      const days = Math.abs(dayNumber(parsed.year, parsed.month ?? 1, parsed.day ?? 1) - dateInterval(answer.date).start);
      const limit = PLAUSIBLE_DAYS[answer.date.precision];
      return days > limit ? [`"${value}" is ${Math.round(days / 365.25)} year(s) from the true date: implausible`] : [];
    }
    case "number": {
      const parsed = parseNumberResponse(value);
      if (!parsed) return [`"${value}" is not a number`];
      const ratio = Math.max(parsed.value, answer.value) / Math.max(1e-9, Math.min(parsed.value, answer.value));
      return ratio > 3 ? [`"${value}" is more than three times off the true value: implausible`] : [];
    }
    case "text":
      return [];
  }
}

function checkQuestion(q: TrueFalseQuestion, ctx: LintContext): Finding[] {
  const found = factOf(q, ctx);
  const problems = grammarProblems(q.statement);
  if (found && !q.truth) problems.push(...plausibilityProblems(q, found.fact, ctx));
  return problems.map((message) => ({ question: q, message }));
}

export const falseStatementPlausible: LintRule = {
  id: "false-statement-plausible",
  description:
    "A true/false statement is grammatical; a false one swaps in a value that meets every constraint of the fact and is close enough to fool someone who half-remembers.",
  check: (ctx) => ctx.bank.flatMap((q) => (q.type === "true_false" ? checkQuestion(q, ctx) : [])),
};
