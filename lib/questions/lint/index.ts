/**
 * The item-quality linter: every rule in one list, run over a bank. `npm run questions:lint`
 * prints the violations; the unit tests assert there are none on the real dataset.
 */
import type { Dataset } from "@/lib/events/schema";
import { indexDataset } from "../dataset-index";
import type { Question } from "../types";
import { clozeSingleFill } from "./cloze-single-fill";
import { coreFactsAsked } from "./core-facts-asked";
import { distractorFitsPrompt } from "./distractor-fits-prompt";
import { explanationReadsOnce } from "./explanation-reads-once";
import { explanationStatesAnswer } from "./explanation-states-answer";
import { falseStatementPlausible } from "./false-statement-plausible";
import { noNearDuplicates } from "./no-near-duplicates";
import { numbersReadNaturally } from "./numbers-read-naturally";
import { orderingDatesSupported } from "./ordering-dates-supported";
import { placeIsVenue } from "./place-is-venue";
import { promptStandsAlone } from "./prompt-stands-alone";
import { typedWithoutChoices } from "./typed-without-choices";
import type { LintContext, LintRule, LintViolation } from "./types";

export type { Finding, LintContext, LintRule, LintViolation } from "./types";

/** Every rule, in the order violations are listed. */
export const LINT_RULES: readonly LintRule[] = [
  distractorFitsPrompt,
  falseStatementPlausible,
  promptStandsAlone,
  explanationStatesAnswer,
  explanationReadsOnce,
  clozeSingleFill,
  orderingDatesSupported,
  placeIsVenue,
  numbersReadNaturally,
  noNearDuplicates,
  typedWithoutChoices,
  coreFactsAsked,
];

/** The context rules run in, for a bank generated from `dataset`. */
export function lintContext(dataset: Dataset, bank: readonly Question[]): LintContext {
  return { dataset, index: indexDataset(dataset), bank };
}

/** Every violation of `rules` in the bank, rule by rule, in bank order within a rule. */
export function lintBank(dataset: Dataset, bank: readonly Question[], rules: readonly LintRule[] = LINT_RULES): LintViolation[] {
  const ctx = lintContext(dataset, bank);
  return rules.flatMap((rule) =>
    rule
      .check(ctx)
      .map((finding): LintViolation =>
        "question" in finding
          ? { id: finding.question.id, rule: rule.id, type: finding.question.type, text: finding.question.prompt, message: finding.message }
          : { id: finding.about.id, rule: rule.id, type: "fact", text: finding.about.text, message: finding.message },
      ),
  );
}

/** A rule's id as a teacher reads it beside a warning: "prompt-stands-alone" → "Prompt stands alone". */
export function ruleTitle(rule: string): string {
  const words = rule.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
