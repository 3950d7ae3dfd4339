/**
 * Edits from the collection forms, as pure changes to a document (validated whole by the caller).
 * Slugs and fact ids never change, so the questions of an edited fact keep their ids (and
 * students' progress); a deleted fact's questions are retired by the save.
 */
import type { DatePrecision } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import type { Answer, EventKind, Importance, Topic } from "@/lib/events/schema";
import type { CollectionDocument } from "./schema";

type Event = CollectionDocument["events"][number];

function withEvent(document: CollectionDocument, eventSlug: string, change: (event: Event) => Event): CollectionDocument {
  if (!document.events.some((e) => e.slug === eventSlug))
    throw new DomainError("That event is no longer in the collection. Reload the page.");
  return { ...document, events: document.events.map((e) => (e.slug === eventSlug ? change(e) : e)) };
}

export function editEvent(
  document: CollectionDocument,
  edit: {
    eventSlug: string;
    title: string;
    summary: string;
    kind: EventKind;
    dateIso: string;
    precision: DatePrecision;
    tag: Topic;
    /** Entity ids (resolved by the caller); absent leaves them as they are. */
    actors?: string[];
    places?: string[];
  },
): CollectionDocument {
  return withEvent(document, edit.eventSlug, (e) => ({
    ...e,
    ...(edit.actors ? { actors: edit.actors } : {}),
    ...(edit.places ? { places: edit.places, discussed: e.discussed.filter((id) => !edit.places?.includes(id)) } : {}),
    title: edit.title,
    summary: edit.summary,
    kind: edit.kind,
    date: { ...e.date, iso: edit.dateIso, precision: edit.precision },
    // The form edits the first topic; any others stay.
    tags: [edit.tag, ...e.tags.slice(1).filter((t) => t !== edit.tag)],
  }));
}

/** The answer typed in the form, read as the kind the fact's answer already is. */
export function parseAnswer(current: Answer, text: string, entities: CollectionDocument["entities"]): Answer {
  switch (current.kind) {
    case "entity": {
      const found = entities.find((e) => e.id === text || e.name.toLowerCase() === text.toLowerCase());
      if (!found) throw new DomainError("Choose one of the collection's people, places or organisations.", "answer");
      return { kind: "entity", entity: found.id };
    }
    case "date": {
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) throw new DomainError("Enter the date as YYYY, YYYY-MM or YYYY-MM-DD.", "answer");
      const precision = ({ 1: "year", 2: "month", 3: "day" } as const)[text.split("-").length as 1 | 2 | 3];
      return { kind: "date", date: { iso: text, precision } };
    }
    case "number": {
      const value = Number(text.replace(/,/g, ""));
      if (!Number.isFinite(value)) throw new DomainError("Enter a number.", "answer");
      return { ...current, value };
    }
    case "text":
      return { ...current, text };
  }
}

export function editFact(
  document: CollectionDocument,
  edit: {
    eventSlug: string;
    factId: string;
    question: string;
    statement: string;
    answer: string;
    importance: Importance;
    explanation: string;
  },
): CollectionDocument {
  return withEvent(document, edit.eventSlug, (e) => {
    const fact = e.facts.find((f) => f.id === edit.factId);
    if (!fact) throw new DomainError("That fact is no longer in the event. Reload the page.");
    const { explanation: _old, ...rest } = fact;
    const changed = {
      ...rest,
      question: edit.question,
      statement: edit.statement,
      answer: parseAnswer(fact.answer, edit.answer, document.entities),
      importance: edit.importance,
      ...(edit.explanation ? { explanation: edit.explanation } : {}),
    };
    return { ...e, facts: e.facts.map((f) => (f.id === edit.factId ? changed : f)) };
  });
}

export function deleteFact(document: CollectionDocument, edit: { eventSlug: string; factId: string }): CollectionDocument {
  return withEvent(document, edit.eventSlug, (e) => {
    if (e.facts.length === 1) throw new DomainError("An event keeps at least one fact: delete the event instead.");
    return { ...e, facts: e.facts.filter((f) => f.id !== edit.factId) };
  });
}

/** The answer as the form shows it (an entity by id, a date as ISO, a number, a text). */
export function answerText(answer: Answer): string {
  switch (answer.kind) {
    case "entity":
      return answer.entity;
    case "date":
      return answer.date.iso;
    case "number":
      return String(answer.value);
    case "text":
      return answer.text;
  }
}
