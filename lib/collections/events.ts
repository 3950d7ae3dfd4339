/**
 * Events as the collection forms write them: a new event with its first fact, an event's own
 * fields, its numbers and its connections to other events. Pure changes to a document, validated
 * whole by the caller (lib/collections/validate.ts) before anything is written.
 *
 * An event's slug is made once, from its year and title, and never changes: its questions' ids
 * derive from it (lib/questions/ids.ts), so editing an event keeps every question id.
 */
import type { DatePrecision } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import type { DateBasis, EventKind, EventLink, Quantity, Topic } from "@/lib/events/schema";
import { buildFact, checkDate, newFactId, type FactFields } from "./facts";
import { freeSlug, slugify } from "./slugs";
import type { CollectionDocument } from "./schema";

type Event = CollectionDocument["events"][number];

/** An event's fields as the forms give them, entities already resolved to ids. */
export interface EventFields {
  title: string;
  summary: string;
  kind: EventKind;
  dateIso: string;
  precision: DatePrecision;
  /** How the date was worked out; empty for none. */
  dateNote?: string;
  basis?: DateBasis;
  /** The event as named inside a sentence ("the Paris Peace Agreements"); empty for none. */
  name?: string;
  tag: Topic;
  actors: string[];
  places: string[];
  discussed: string[];
  numbers: Quantity[];
  /** The source it cites (others it already cites stay). */
  sourceId: string;
}

/** Add an event under a slug made from its year and title (unique in the collection); returns the document and the slug. */
export function insertEvent(document: CollectionDocument, body: Omit<Event, "slug">): { document: CollectionDocument; eventSlug: string } {
  const eventSlug = freeSlug(slugify(`${body.date.iso.slice(0, 4)} ${body.title}`), new Set(document.events.map((e) => e.slug)));
  return { document: { ...document, events: [...document.events, { slug: eventSlug, ...body }] }, eventSlug };
}

function checkEventFields(document: CollectionDocument, fields: EventFields): void {
  checkDate(fields.dateIso, fields.precision, "dateIso");
  if (!document.sources.some((s) => s.id === fields.sourceId)) throw new DomainError("Choose one of the collection's sources.", "sourceId");
}

/** What was discussed, less where it happened: an entry named in both counts as a venue. */
function discussedOnly(fields: EventFields): string[] {
  return fields.discussed.filter((id) => !fields.places.includes(id));
}

function dateOf(fields: EventFields, basis: DateBasis): Event["date"] {
  return { iso: fields.dateIso, precision: fields.precision, basis, ...(fields.dateNote ? { note: fields.dateNote } : {}) };
}

/** A new event with its first fact; returns the document and the new event's slug. */
export function createEvent(
  document: CollectionDocument,
  fields: EventFields,
  fact: FactFields,
): { document: CollectionDocument; eventSlug: string } {
  checkEventFields(document, fields);
  return insertEvent(document, {
    date: dateOf(fields, fields.basis ?? "event"),
    ...(fields.name ? { name: fields.name } : {}),
    kind: fields.kind,
    title: fields.title,
    summary: fields.summary,
    actors: fields.actors,
    places: fields.places,
    discussed: discussedOnly(fields),
    numbers: fields.numbers,
    tags: [fields.tag],
    sources: [fields.sourceId],
    facts: [buildFact(newFactId({ facts: [] }, fact.question), fact, document.entities)],
    links: [],
  });
}

function withEvent(document: CollectionDocument, eventSlug: string, change: (event: Event) => Event): CollectionDocument {
  if (!document.events.some((e) => e.slug === eventSlug))
    throw new DomainError("That event is no longer in the collection. Reload the page.");
  return { ...document, events: document.events.map((e) => (e.slug === eventSlug ? change(e) : e)) };
}

/** Replace an event's own fields; its slug, facts and links stay, and its other topics and sources too. */
export function editEvent(document: CollectionDocument, edit: EventFields & { eventSlug: string }): CollectionDocument {
  checkEventFields(document, edit);
  return withEvent(document, edit.eventSlug, (e) => {
    const { name: _name, ...rest } = e;
    return {
      ...rest,
      ...(edit.name ? { name: edit.name } : {}),
      title: edit.title,
      summary: edit.summary,
      kind: edit.kind,
      date: dateOf(edit, edit.basis ?? e.date.basis),
      actors: edit.actors,
      places: edit.places,
      discussed: discussedOnly(edit),
      numbers: edit.numbers,
      // The form edits the first topic and the first source; any others stay.
      tags: [edit.tag, ...e.tags.slice(1).filter((t) => t !== edit.tag)],
      sources: [edit.sourceId, ...e.sources.slice(1).filter((s) => s !== edit.sourceId)],
    };
  });
}

/** A quantity per line, "141 countries: votes in favour"; refused beside the numbers field. */
export function parseQuantities(text: string): Quantity[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const match = /^(-?[\d,]*\.?\d+)\s*([^:]*?)\s*:\s*(.+)$/.exec(line);
      const value = match?.[1] ? Number(match[1].replace(/,/g, "")) : Number.NaN;
      if (!match?.[3] || !Number.isFinite(value))
        throw new DomainError(
          `“${line}” is not a number, its unit, a colon and what it counts (like 141 countries: votes in favour).`,
          "numbers",
        );
      return { value, unit: match[2] ?? "", label: match[3].trim() };
    });
}

/** Quantities as the numbers field shows them, one per line. */
export function quantitiesText(numbers: readonly Quantity[]): string {
  return numbers.map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ""}: ${q.label}`).join("\n");
}

/** Connect an event to another (replacing a connection of the same kind to the same event). */
export function saveLink(document: CollectionDocument, eventSlug: string, link: EventLink): CollectionDocument {
  if (link.to === eventSlug) throw new DomainError("Choose another event: an event cannot lead to itself.", "to");
  if (!document.events.some((e) => e.slug === link.to)) throw new DomainError("Choose one of the collection's events.", "to");
  if (link.kind !== "anniversary-of" && link.years !== undefined) {
    const { years: _years, ...rest } = link;
    link = rest;
  }
  if (link.kind === "anniversary-of" && link.years === undefined)
    throw new DomainError("Say which anniversary it marks, like 30.", "years");
  const next = link;
  return withEvent(document, eventSlug, (e) => ({
    ...e,
    links: [...e.links.filter((l) => !(l.to === next.to && l.kind === next.kind)), next],
  }));
}

/** Remove one connection. */
export function removeLink(
  document: CollectionDocument,
  eventSlug: string,
  link: { to: string; kind: EventLink["kind"] },
): CollectionDocument {
  return withEvent(document, eventSlug, (e) => ({ ...e, links: e.links.filter((l) => !(l.to === link.to && l.kind === link.kind)) }));
}
