/**
 * A fact as the collection forms write it: question, statement with {answer}, an answer of any
 * kind (an entry of the collection, a date, a number with its unit, or a text with its wrong
 * answers), importance and explanation. Pure changes to a document, validated whole by the caller.
 *
 * Question ids derive from `type:event/fact:variant` (lib/questions/ids.ts), never from the
 * wording or the answer, so a fact keeps its id through every edit — a change of answer kind
 * included — and each question it still produces keeps its id (and students' history). A fact's
 * id is made once, from its question, and never changes.
 */
import type { DatePrecision } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import type { Answer, Fact, Importance } from "@/lib/events/schema";
import { freeSlug, slugify } from "./slugs";
import type { CollectionDocument } from "./schema";

type Event = CollectionDocument["events"][number];
type Entity = CollectionDocument["entities"][number];

export const ANSWER_KINDS = ["entity", "date", "number", "text"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
export const NUMBER_STYLES = ["cardinal", "ordinal", "usd"] as const;
export type NumberStyle = (typeof NUMBER_STYLES)[number];

/** The answer as typed in a form; which fields count depends on `kind`. */
export interface AnswerFields {
  kind: AnswerKind;
  /** An entry's id or name, a date (YYYY, YYYY-MM, YYYY-MM-DD), a number, or a text. */
  value: string;
  /** number: the unit word ("countries", "years"). */
  unit?: string;
  /** number: how it is written. */
  style?: NumberStyle;
  /** text: plausible wrong answers (at least three). */
  distractors?: string[];
  /** text: other accepted wordings. */
  aliases?: string[];
}

export interface FactFields {
  question: string;
  statement: string;
  answer: AnswerFields;
  importance: Importance;
  explanation: string;
  /** For an entry as the answer: entity ids of other entries that are right too (never wrong choices). */
  alsoRight?: string[];
  /** For an entry as the answer: entity ids never to offer as wrong choices (too close to call). */
  notDistractors?: string[];
}

/** True when `iso` (YYYY, YYYY-MM or YYYY-MM-DD) names a real year, month or day. */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day === undefined) return true;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/** The precision a date's parts imply: "2022" year, "2022-11" month, "2022-11-18" day. */
export function precisionOf(iso: string): DatePrecision {
  return ({ 1: "year", 2: "month", 3: "day" } as const)[Math.min(iso.split("-").length, 3) as 1 | 2 | 3];
}

/** Check a date typed for `precision`; the message goes beside `field`. */
export function checkDate(iso: string, precision: DatePrecision, field: string): void {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso)) throw new DomainError("Enter the date as YYYY, YYYY-MM or YYYY-MM-DD.", field);
  if (precisionOf(iso) !== precision) {
    const shape = { day: "YYYY-MM-DD", month: "YYYY-MM", year: "YYYY" }[precision];
    throw new DomainError(`A date known to the ${precision} is written ${shape}.`, field);
  }
  if (!isRealDate(iso)) throw new DomainError("That date does not exist.", field);
}

/** The answer typed in a form, read as the kind chosen there. */
export function parseAnswer(fields: AnswerFields, entities: readonly Entity[]): Answer {
  const value = fields.value.trim();
  switch (fields.kind) {
    case "entity": {
      const key = value.toLowerCase();
      const found = entities.find((e) => e.id === value || [e.name, ...e.aliases].some((n) => n.toLowerCase() === key));
      if (!found) throw new DomainError("Choose one of the collection's people, places or organisations.", "answer");
      return { kind: "entity", entity: found.id };
    }
    case "date": {
      checkDate(value, precisionOf(value), "answer");
      return { kind: "date", date: { iso: value, precision: precisionOf(value) } };
    }
    case "number": {
      const number = value === "" ? Number.NaN : Number(value.replace(/,/g, ""));
      if (!Number.isFinite(number)) throw new DomainError("Enter a number, like 141 or 2.5.", "answer");
      const style = fields.style ?? "cardinal";
      const unit = (fields.unit ?? "").trim();
      if (unit === "" && style !== "usd") throw new DomainError("Say what the number counts, like countries or years.", "unit");
      return { kind: "number", value: number, unit, style };
    }
    case "text": {
      if (value === "") throw new DomainError("Enter the answer.", "answer");
      const distractors = fields.distractors ?? [];
      if (distractors.length < 3)
        throw new DomainError("Give at least three plausible wrong answers, separated by semicolons.", "distractors");
      if (distractors.some((d) => d.toLowerCase() === value.toLowerCase()))
        throw new DomainError("A wrong answer repeats the right one.", "distractors");
      return { kind: "text", text: value, aliases: fields.aliases ?? [], distractors };
    }
  }
}

/** What a question asks for, from its answer: who, where, when, how many, which or what. */
function askFor(answer: Answer, entities: readonly Entity[]): Fact["ask"] {
  switch (answer.kind) {
    case "entity": {
      const kind = entities.find((e) => e.id === answer.entity)?.kind;
      return kind === "person" ? "who" : kind === "place" || kind === "city" || kind === "country" ? "where" : "which";
    }
    case "date":
      return "when";
    case "number":
      return "how-many";
    case "text":
      return "what";
  }
}

/**
 * The fact `fields` describe, under `id`. For an entry as the answer, the other right answers and
 * the entries never offered as wrong choices are the form's; otherwise, from `previous` (the fact
 * being edited), the other right answers of the same kind stay, as do suppressions.
 */
export function buildFact(id: string, fields: FactFields, entities: readonly Entity[], previous?: Fact): Fact {
  const answer = parseAnswer(fields.answer, entities);
  const sameKind = previous?.answer.kind === answer.kind;
  const entityAnswer = answer.kind === "entity" ? answer.entity : undefined;
  const others = (ids: readonly string[] | undefined) => (ids ?? []).filter((e) => e !== entityAnswer);
  const alsoCorrect: Answer[] =
    entityAnswer !== undefined
      ? others(fields.alsoRight).map((entity) => ({ kind: "entity", entity }))
      : sameKind && previous
        ? previous.alsoCorrect.filter((a) => JSON.stringify(a) !== JSON.stringify(answer))
        : [];
  return {
    id,
    ask: sameKind && previous ? previous.ask : askFor(answer, entities),
    question: fields.question,
    statement: fields.statement,
    answer,
    alsoCorrect,
    notDistractors: entityAnswer !== undefined ? others(fields.notDistractors) : [],
    ...(fields.explanation ? { explanation: fields.explanation } : {}),
    importance: fields.importance,
    ...(previous?.suppress ? { suppress: previous.suppress } : {}),
  };
}

function withEvent(document: CollectionDocument, eventSlug: string, change: (event: Event) => Event): CollectionDocument {
  if (!document.events.some((e) => e.slug === eventSlug))
    throw new DomainError("That event is no longer in the collection. Reload the page.");
  return { ...document, events: document.events.map((e) => (e.slug === eventSlug ? change(e) : e)) };
}

/** A new fact id for `event`: the question's first whole words (at most 40 characters), unique among the event's facts. */
export function newFactId(event: Pick<Event, "facts">, question: string): string {
  const full = slugify(question, 200);
  const cut = full.length <= 40 ? full : full.slice(0, full.lastIndexOf("-", 40) > 0 ? full.lastIndexOf("-", 40) : 40);
  return freeSlug(cut, new Set(event.facts.map((f) => f.id)));
}

/** Add a fact to an event; returns the document and the new fact's id. */
export function addFact(
  document: CollectionDocument,
  eventSlug: string,
  fields: FactFields,
): { document: CollectionDocument; factId: string } {
  let factId = "";
  const next = withEvent(document, eventSlug, (e) => {
    factId = newFactId(e, fields.question);
    return { ...e, facts: [...e.facts, buildFact(factId, fields, document.entities)] };
  });
  return { document: next, factId };
}

/** Replace a fact's fields; its id (and so its questions' ids) stays, whatever the answer's kind becomes. */
export function editFact(document: CollectionDocument, edit: FactFields & { eventSlug: string; factId: string }): CollectionDocument {
  return withEvent(document, edit.eventSlug, (e) => {
    const fact = e.facts.find((f) => f.id === edit.factId);
    if (!fact) throw new DomainError("That fact is no longer in the event. Reload the page.");
    const changed = buildFact(fact.id, edit, document.entities, fact);
    return { ...e, facts: e.facts.map((f) => (f.id === edit.factId ? changed : f)) };
  });
}

/** Remove a fact: its questions are retired by the save, students' history kept. */
export function deleteFact(document: CollectionDocument, edit: { eventSlug: string; factId: string }): CollectionDocument {
  return withEvent(document, edit.eventSlug, (e) => {
    if (e.facts.length === 1) throw new DomainError("An event keeps at least one fact: delete the event instead.");
    return { ...e, facts: e.facts.filter((f) => f.id !== edit.factId) };
  });
}

/** A fact's answer as the form shows it. */
export function answerFields(answer: Answer): Required<AnswerFields> {
  const blank = { unit: "", style: "cardinal" as NumberStyle, distractors: [], aliases: [] };
  switch (answer.kind) {
    case "entity":
      return { ...blank, kind: "entity", value: answer.entity };
    case "date":
      return { ...blank, kind: "date", value: answer.date.iso };
    case "number":
      return { ...blank, kind: "number", value: String(answer.value), unit: answer.unit, style: answer.style };
    case "text":
      return { ...blank, kind: "text", value: answer.text, distractors: answer.distractors, aliases: answer.aliases };
  }
}
