/**
 * The item-quality linter's shape: each rule is a pure function from the bank (and the dataset it
 * came from) to findings, one file per rule, so a rule can be read, tested and cited alone.
 */
import type { Dataset } from "@/lib/events/schema";
import type { DatasetIndex } from "../dataset-index";
import type { Question } from "../types";

/** What a rule sees: the dataset, its index and the whole bank. */
export interface LintContext {
  dataset: Dataset;
  index: DatasetIndex;
  bank: readonly Question[];
}

/** One problem with one question, or with a fact no question asks (`about`). */
export type Finding = { question: Question; message: string } | { about: { id: string; text: string }; message: string };

/** A written rule of item quality. */
export interface LintRule {
  /** Kebab-case name printed with each violation. */
  id: string;
  /** The rule in one sentence, as a teacher would state it. */
  description: string;
  check(ctx: LintContext): Finding[];
}

/** A violation as the linter reports it: question id (or fact key), rule, the text a student sees and what is wrong. */
export interface LintViolation {
  id: string;
  rule: string;
  type: Question["type"] | "fact";
  text: string;
  message: string;
}
