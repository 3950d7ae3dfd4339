/**
 * The question bank: every question the dataset supports, in a stable order (events in dataset
 * order, each fact's multiple choice, true/false, cloze and typed questions; then ordering, then
 * matching, then connection questions from the dataset's event links). Deterministic: the same dataset and seed give a deep-equal bank; the seed only moves
 * distractor picks and display orders, never which questions exist or their ids.
 */
import type { Dataset, Fact } from "@/lib/events/schema";
import { indexDataset } from "./dataset-index";
import { generateCloze } from "./generators/cloze";
import { generateConnectionQuestions } from "./generators/connection";
import type { FactContext, Generated } from "./generators/fact-context";
import { generateMatchingQuestions } from "./generators/matching-question";
import { generateMultipleChoice } from "./generators/multiple-choice";
import { generateOrderingQuestions } from "./generators/ordering-question";
import { generateTrueFalse, generateTrueFalseVariants, type Polarity } from "./generators/true-false";
import { generateTyped } from "./generators/typed";
import { withItems } from "./items";
import type { GenerateOptions, Question, SkippedQuestion } from "./types";

/** The seed used when none is given (and by the export script). */
export const DEFAULT_SEED = 1;

/** A question the dataset deliberately leaves out of the bank (a fact's `suppress`), with its reason. */
export interface SuppressedQuestion {
  id: string;
  type: Question["type"];
  eventSlug: string;
  factId: string;
  prompt: string;
  reason: string;
}

/** A bank and what was left out of it. */
export interface QuestionBankReport {
  questions: Question[];
  /** Questions a fact could not support (no distractors, a prompt naming its answer…). */
  skipped: SkippedQuestion[];
  /** Questions the dataset suppresses, each with its recorded reason. */
  suppressed: SuppressedQuestion[];
  /** Connection questions an event link could not support (no fair wrong causes, no natural interval…). */
  skippedConnections: SkippedQuestion[];
}

/** The reason the dataset gives for not asking `q`, if it suppresses it. */
function suppressionReason(q: Question, facts: ReadonlyMap<string, Fact>): string | undefined {
  if (!("factId" in q) || q.factId === undefined) return undefined;
  const fact = facts.get(`${q.eventIds[0] ?? ""}/${q.factId}`);
  const variant = q.type === "true_false" ? String(q.truth) : undefined;
  return fact?.suppress?.find((s) => s.type === q.type && (s.variant === undefined || s.variant === variant))?.reason;
}

/**
 * Make sure the bank has true/false questions of both polarities: if the per-fact plan produced
 * none of one, add that variant for the first fact that supports it.
 */
function ensureBothPolarities(contexts: readonly FactContext[], questions: Question[], allowed: (q: Question) => boolean): Question[] {
  const added: Question[] = [];
  for (const polarity of ["true", "false"] as Polarity[]) {
    const truth = polarity === "true";
    if (questions.some((q) => q.type === "true_false" && q.truth === truth)) continue;
    for (const ctx of contexts) {
      const [question] = generateTrueFalse(ctx, polarity).questions;
      if (question && allowed(question) && !questions.some((q) => q.id === question.id)) {
        added.push(question);
        break;
      }
    }
  }
  return [...questions, ...added];
}

/** The bank plus the questions that were not generated and why (for dataset authors and scripts). */
export function buildQuestionBank(dataset: Dataset, options: GenerateOptions = {}): QuestionBankReport {
  const seed = options.seed ?? DEFAULT_SEED;
  const index = indexDataset(dataset);
  const contexts: FactContext[] = dataset.events.flatMap((event) => event.facts.map((fact) => ({ index, event, fact, seed })));
  const results: Generated[] = contexts.flatMap((ctx) => [
    generateMultipleChoice(ctx),
    generateTrueFalseVariants(ctx),
    generateCloze(ctx),
    generateTyped(ctx),
  ]);
  const facts = new Map(contexts.map((ctx) => [`${ctx.event.slug}/${ctx.fact.id}`, ctx.fact]));
  const suppressed: SuppressedQuestion[] = [];
  const allowed = (q: Question) => suppressionReason(q, facts) === undefined;
  for (const q of results.flatMap((r) => r.questions)) {
    const reason = suppressionReason(q, facts);
    if (reason !== undefined && "factId" in q && q.factId !== undefined) {
      suppressed.push({ id: q.id, type: q.type, eventSlug: q.eventIds[0] ?? "", factId: q.factId, prompt: q.prompt, reason });
    }
  }
  const factQuestions = ensureBothPolarities(contexts, results.flatMap((r) => r.questions).filter(allowed), allowed);
  const connections = generateConnectionQuestions(index, seed);
  // Each question names the knowledge item it asks and the items it gives away (items.ts).
  const questions = withItems(
    [...factQuestions, ...generateOrderingQuestions(index, seed), ...generateMatchingQuestions(index, seed), ...connections.questions],
    dataset,
    index,
  );
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) throw new Error(`Question generator: duplicate question id ${q.id} (${q.type}: ${q.prompt})`);
    ids.add(q.id);
  }
  return { questions, skipped: results.flatMap((r) => r.skipped), suppressed, skippedConnections: connections.skipped };
}

/**
 * Generate every question the dataset supports (multiple choice, true/false, cloze, typed,
 * ordering, matching). Pure and deterministic: the same dataset and seed give a deep-equal bank.
 */
export function generateQuestionBank(dataset: Dataset, options: GenerateOptions = {}): Question[] {
  return buildQuestionBank(dataset, options).questions;
}
