/** What the per-fact generators share: the fact in its event, the common question fields, results. */
import { factImportance, type EventRecord, type Fact } from "@/lib/events/schema";
import { citationsFor, tagsFor, type DatasetIndex } from "../dataset-index";
import { factDifficulty } from "../difficulty";
import { factQuestionId } from "../ids";
import { normalizeText } from "../matching/normalize";
import type { QuestionType } from "@/lib/domain";
import type { Question, QuestionBase, SkippedQuestion } from "../types";
import { fillStatement } from "../render/statement";

/** One fact in its event, with the dataset index and the bank seed. */
export interface FactContext {
  index: DatasetIndex;
  event: EventRecord;
  fact: Fact;
  seed: number;
}

/** One generator's output: the questions it made and the ones it declined, with reasons. */
export interface Generated {
  questions: Question[];
  skipped: SkippedQuestion[];
}

/** A skipped-question record for this fact. */
export function skip(ctx: FactContext, type: QuestionType, reason: string): Generated {
  return { questions: [], skipped: [{ type, eventSlug: ctx.event.slug, factId: ctx.fact.id, reason }] };
}

/** A generated result holding one question. */
export function made(question: Question): Generated {
  return { questions: [question], skipped: [] };
}

/** The fact's statement with its true answer in place. */
export function trueStatementOf(ctx: FactContext): string {
  return fillStatement(ctx.fact.statement, ctx.fact.answer, ctx.index);
}

/**
 * The explanation: the answer first, as the fact's true statement (so a date or a number is always
 * written out), then why it matters — the fact's own explanation, or its event's summary.
 */
export function explanationOf(ctx: FactContext): string {
  return `${trueStatementOf(ctx)} ${whyOf(ctx)}`;
}

/**
 * Why the fact matters: its own explanation, or its event's summary. An explanation written to
 * open with the fact's own statement loses that sentence: every explanation already states it
 * (or, on a true true/false card, the prompt does), and it would read twice.
 */
export function whyOf(ctx: FactContext): string {
  const why = ctx.fact.explanation ?? ctx.event.summary;
  const statement = trueStatementOf(ctx);
  if (!why.startsWith(statement)) return why;
  const rest = why.slice(statement.length).trim();
  return rest === "" ? why : rest;
}

/** Fields every fact question has: id, sources, event, tags, difficulty, default explanation. */
export function factBase<T extends Exclude<QuestionType, "ordering" | "matching">>(
  ctx: FactContext,
  type: T,
  variant = "main",
): Omit<QuestionBase, "prompt" | "answer"> & { type: T; factId: string } {
  return {
    id: factQuestionId(type, ctx.event.slug, ctx.fact.id, variant),
    type,
    factId: ctx.fact.id,
    explanation: explanationOf(ctx),
    sources: citationsFor(ctx.index, [ctx.event]),
    eventIds: [ctx.event.slug],
    tags: tagsFor([ctx.event]),
    difficulty: factDifficulty(type, ctx.fact, ctx.event),
    importance: factImportance(ctx.fact),
  };
}

/** Longest free-text answer (in words, its shortest accepted form) a student is asked to type. */
export const MAX_TYPED_WORDS = 6;

/**
 * Why a free-text answer cannot fairly be typed (recalled word for word within two typos), or
 * undefined when it can. The fix is a short alias in the dataset.
 */
export function untypeableReason(ctx: FactContext): string | undefined {
  const answer = ctx.fact.answer;
  if (answer.kind !== "text") return undefined;
  const words = Math.min(...[answer.text, ...answer.aliases].map((t) => normalizeText(t).split(" ").length));
  return words > MAX_TYPED_WORDS ? `the answer is ${words} words long; add a short alias to ask it typed` : undefined;
}
