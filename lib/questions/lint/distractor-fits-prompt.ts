/**
 * Rule: every option of a multiple-choice question meets every constraint its prompt states —
 * "Which Japanese organisation…" offers only Japanese organisations, "Which ASEAN country…" only
 * ASEAN members, "Which killed former prime minister…" only killed former prime ministers — and is
 * of the answer's kind and precision (a date for a date at the same precision, a number in the
 * same unit). An option that breaks a constraint can be eliminated without knowing the fact. A
 * connection question's wrong causes are events before the later one that nothing links to it.
 */
import { promptConstraints, unmetConstraints } from "../constraints";
import { causeCandidates } from "../generators/connection";
import type { MultipleChoiceQuestion } from "../types";
import { entityNamed, factOf } from "./question-facts";
import type { Finding, LintContext, LintRule } from "./types";

const DATE_SHAPES: [RegExp, string][] = [
  [/^\d{4}$/, "year"],
  [/^[A-Z][a-z]+ \d{4}$/, "month"],
  [/^\d{1,2} [A-Z][a-z]+ \d{4}$/, "day"],
];

function dateShape(label: string): string {
  return DATE_SHAPES.find(([re]) => re.test(label))?.[1] ?? "not a date";
}

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?:-largest)?\b\s*/i;

/** The unit words after a number: "141 countries" → "countries", "second meeting" → "meeting"; money and bare numbers → "". */
function unitOf(label: string): string {
  return label
    .replace(/^(?:US\$)?[\d.,]+(?:st|nd|rd|th)?\s*/, "")
    .replace(NUMBER_WORD, "")
    .replace(/^(?:billion|million)\b/, "")
    .trim();
}

/**
 * A connection question's wrong causes: each must be a named event dated strictly before the later
 * event and connected to it by no chain of links (see `causeCandidates`).
 */
function checkCause(q: MultipleChoiceQuestion, ctx: LintContext): Finding[] {
  const link = q.link;
  if (!link || link.kind === "anniversary-of") return [];
  const later = ctx.index.event(link.to);
  const fair = new Set(causeCandidates(ctx.index, later).map((e) => e.slug));
  const byLabel = new Map(ctx.dataset.events.flatMap((e) => (e.name ? [[e.name.toLowerCase(), e] as const] : [])));
  return q.choices
    .filter((_, i) => i !== q.answerIndex)
    .flatMap((label) => {
      const event = byLabel.get(label.toLowerCase());
      if (!event) return [{ question: q, message: `option "${label}" names no event of the dataset` }];
      return fair.has(event.slug)
        ? []
        : [{ question: q, message: `option "${label}" is not a fair wrong cause of ${later.slug} (not earlier, or connected to it)` }];
    });
}

function checkQuestion(q: MultipleChoiceQuestion, ctx: LintContext): Finding[] {
  if (q.link) return checkCause(q, ctx);
  const found = factOf(q, ctx);
  if (!found) return [];
  const { fact } = found;
  const findings: Finding[] = [];
  const distractors = q.choices.filter((_, i) => i !== q.answerIndex);
  const fail = (message: string) => findings.push({ question: q, message });

  switch (fact.answer.kind) {
    case "entity": {
      const constraints = promptConstraints(q.prompt, ctx.index);
      if (!constraints) break;
      const answer = ctx.index.entity(fact.answer.entity);
      const answerUnmet = unmetConstraints(answer, constraints, ctx.index);
      if (answerUnmet.length > 0) fail(`the answer "${answer.name}" ${answerUnmet.join(", ")}: the prompt says "${constraints.phrase}"`);
      for (const label of distractors) {
        const entity = entityNamed(label, ctx.index);
        if (!entity) {
          fail(`option "${label}" is not an entity of the dataset`);
          continue;
        }
        const unmet = unmetConstraints(entity, constraints, ctx.index);
        if (unmet.length > 0) fail(`option "${label}" ${unmet.join(", ")}, but the prompt asks for a "${constraints.phrase}"`);
      }
      break;
    }
    case "date": {
      const want = dateShape(q.answer);
      for (const label of distractors) {
        if (dateShape(label) !== want) fail(`option "${label}" is not a date of the answer's precision (${want})`);
      }
      break;
    }
    case "number": {
      const want = unitOf(q.answer);
      for (const label of distractors) if (unitOf(label) !== want) fail(`option "${label}" is not in the answer's unit ("${want}")`);
      break;
    }
    case "text":
      break;
  }
  return findings;
}

export const distractorFitsPrompt: LintRule = {
  id: "distractor-fits-prompt",
  description:
    "Every multiple-choice option meets every constraint the prompt states (nationality, membership, role, kind) and matches the answer's kind and precision.",
  check: (ctx) => ctx.bank.flatMap((q) => (q.type === "multiple_choice" ? checkQuestion(q, ctx) : [])),
};
