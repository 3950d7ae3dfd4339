/**
 * Rule: a typed or cloze prompt never says "which of these" or "which of the following": there is
 * nothing on the card to choose from.
 */
import type { Finding, LintRule } from "./types";

const CHOICE_WORDING = /\bwhich\s+of\s+(?:these|the following|those)\b/i;

export const typedWithoutChoices: LintRule = {
  id: "typed-without-choices",
  description: 'Typed and cloze prompts never say "Which of these": there are no choices on the card.',
  check: (ctx) =>
    ctx.bank.flatMap((q): Finding[] =>
      (q.type === "typed" || q.type === "cloze") && CHOICE_WORDING.test(q.prompt)
        ? [{ question: q, message: 'says "which of these" but offers no choices' }]
        : [],
    ),
};
