/** Lookups the rules share: a question's fact and event, the text a student reads, answer forms. */
import type { EventRecord, Fact } from "@/lib/events/schema";
import type { DatasetIndex } from "../dataset-index";
import { answerSurfaceForms } from "../render/answer";
import type { Question } from "../types";
import type { LintContext } from "./types";

/** The fact a per-fact question was made from, with its event; undefined for group and connection questions. */
export function factOf(question: Question, ctx: Pick<LintContext, "index">): { event: EventRecord; fact: Fact } | undefined {
  if (!("factId" in question) || question.factId === undefined) return undefined;
  const slug = question.eventIds[0];
  if (slug === undefined) return undefined;
  const event = ctx.index.dataset.events.find((e) => e.slug === slug);
  const fact = event?.facts.find((f) => f.id === question.factId);
  return event && fact ? { event, fact } : undefined;
}

/** Everything written on the card before answering: prompt (with a true/false statement or a cloze text), choices, item labels. */
export function shownTexts(question: Question): string[] {
  switch (question.type) {
    case "multiple_choice":
      return [question.prompt, ...question.choices];
    case "ordering":
      return [question.prompt, ...question.items.map((i) => i.label)];
    case "matching":
      return [question.prompt, ...question.left.map((l) => l.label), ...question.right.map((r) => r.label)];
    default:
      return [question.prompt];
  }
}

/** Every way a fact's true answers can be written: names, aliases, dates, numbers. */
export function factAnswerForms(fact: Fact, index: DatasetIndex): string[] {
  return [fact.answer, ...fact.alsoCorrect].flatMap((a) => answerSurfaceForms(a, index));
}

/** Entity whose name (or alias) is exactly `label`, if any. */
export function entityNamed(label: string, index: DatasetIndex) {
  const key = label.trim().toLowerCase();
  return index.entities.find((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === key));
}
