/**
 * Sources and entities of a collection, edited from the forms: pure changes to a document,
 * validated whole by the caller (lib/collections/validate.ts) before anything is written. An id
 * is made from the name when the item is created and never changes afterwards, so the events
 * and facts that refer to it (and the questions built from them) stay as they are.
 */
import { DomainError } from "@/lib/errors";
import { foldText } from "@/lib/events/validate";
import type { EntityKind } from "@/lib/events/schema";
import { freeSlug, slugify } from "./slugs";
import type { CollectionDocument, CollectionSource } from "./schema";

type Entity = CollectionDocument["entities"][number];
type Answerish = { kind: string; entity?: string };
/** What finding an entry by what was typed needs of it. */
export type EntityNames = Pick<Entity, "id" | "name" | "aliases">;

export interface SourceFields {
  title: string;
  publisher: string;
  publishedOn: string;
  url?: string;
  author?: string;
}

export interface EntityFields {
  name: string;
  kind: EntityKind;
  aliases: string[];
  role?: string;
  group?: string;
  country?: string;
  memberOf: string[];
  nouns: string[];
  traits: string[];
  description?: string;
}

/** Add a source (id from its title) or, with `id`, replace that source's fields. Returns the document and the id. */
export function saveSource(document: CollectionDocument, fields: SourceFields, id?: string): { document: CollectionDocument; id: string } {
  const source = (sourceId: string, seedFile?: string): CollectionSource => ({
    id: sourceId,
    title: fields.title,
    publisher: fields.publisher,
    publishedOn: fields.publishedOn,
    ...(fields.author ? { author: fields.author } : {}),
    ...(seedFile === undefined ? {} : { seedFile }),
    ...(fields.url ? { url: fields.url } : {}),
  });
  if (id === undefined) {
    const newId = freeSlug(slugify(fields.title), new Set(document.sources.map((s) => s.id)));
    return { document: { ...document, sources: [...document.sources, source(newId)] }, id: newId };
  }
  const current = document.sources.find((s) => s.id === id);
  if (!current) throw new DomainError("That source is no longer in the collection. Reload the page.");
  // A note on how the date was worked out stays only while the date is the same.
  const note = current.publishedOnNote && current.publishedOn === fields.publishedOn ? { publishedOnNote: current.publishedOnNote } : {};
  const next = { ...source(id, current.seedFile), ...note };
  return { document: { ...document, sources: document.sources.map((s) => (s.id === id ? next : s)) }, id };
}

/** Add an entity (id from its name) or, with `id`, replace that entity's fields. Returns the document and the id. */
export function saveEntity(document: CollectionDocument, fields: EntityFields, id?: string): { document: CollectionDocument; id: string } {
  const entity = (entityId: string): Entity => ({
    id: entityId,
    kind: fields.kind,
    name: fields.name,
    aliases: fields.aliases,
    ...(fields.role ? { role: fields.role } : {}),
    ...(fields.group ? { group: fields.group } : {}),
    ...(fields.country ? { country: fields.country } : {}),
    memberOf: fields.memberOf,
    nouns: fields.nouns,
    traits: fields.traits,
    ...(fields.description ? { description: fields.description } : {}),
  });
  if (id === undefined) {
    const newId = freeSlug(slugify(fields.name), new Set(document.entities.map((e) => e.id)));
    return { document: { ...document, entities: [...document.entities, entity(newId)] }, id: newId };
  }
  if (!document.entities.some((e) => e.id === id)) throw new DomainError("That entry is no longer in the collection. Reload the page.");
  return { document: { ...document, entities: document.entities.map((e) => (e.id === id ? entity(id) : e)) }, id };
}

/** Where one id is used: "“Event title” (actors)", "“Cambodia” (country)"…, each once, in document order. */
function listUses(document: CollectionDocument, uses: (event: CollectionDocument["events"][number]) => string[]): string[] {
  return document.events.flatMap((event) => {
    const where = [...new Set(uses(event))];
    return where.length > 0 ? [`“${event.title}” (${where.join(", ")})`] : [];
  });
}

/** The events (and entities) that refer to entity `id`: what stops its deletion. */
export function entityUses(document: CollectionDocument, id: string): string[] {
  const isIt = (a: Answerish) => a.kind === "entity" && a.entity === id;
  const fromEvents = listUses(document, (event) => [
    ...(event.actors.includes(id) ? ["actors"] : []),
    ...(event.places.includes(id) ? ["places"] : []),
    ...(event.discussed.includes(id) ? ["discussed"] : []),
    ...event.facts.flatMap((f) => [
      ...(isIt(f.answer) ? [`answer of fact “${f.id}”`] : []),
      ...(f.alsoCorrect.some(isIt) ? [`other answers of fact “${f.id}”`] : []),
      ...(f.notDistractors.includes(id) ? [`non-distractors of fact “${f.id}”`] : []),
    ]),
  ]);
  const fromEntities = document.entities.flatMap((e) => {
    const where = [...(e.country === id ? ["country"] : []), ...(e.memberOf.includes(id) ? ["member of"] : [])];
    return where.length > 0 ? [`“${e.name}” (${where.join(", ")})`] : [];
  });
  return [...fromEvents, ...fromEntities];
}

/** The events that cite source `id`. */
export function sourceUses(document: CollectionDocument, id: string): string[] {
  return listUses(document, (event) => (event.sources.includes(id) ? ["sources"] : []));
}

function refusal(what: string, uses: string[]): DomainError {
  const shown = uses.slice(0, 5).join("; ");
  const more = uses.length > 5 ? `; and ${uses.length - 5} more` : "";
  return new DomainError(`“${what}” cannot be deleted: it is still used by ${shown}${more}. Change or delete those first.`);
}

/** Remove a source no event cites; refused, naming the events, while any does. */
export function deleteSource(document: CollectionDocument, id: string): CollectionDocument {
  const source = document.sources.find((s) => s.id === id);
  if (!source) throw new DomainError("That source is no longer in the collection. Reload the page.");
  const uses = sourceUses(document, id);
  if (uses.length > 0) throw refusal(source.title, uses);
  return { ...document, sources: document.sources.filter((s) => s.id !== id) };
}

/** Remove an entity nothing refers to; refused, naming the events and entities, while anything does. */
export function deleteEntity(document: CollectionDocument, id: string): CollectionDocument {
  const entity = document.entities.find((e) => e.id === id);
  if (!entity) throw new DomainError("That entry is no longer in the collection. Reload the page.");
  const uses = entityUses(document, id);
  if (uses.length > 0) throw refusal(entity.name, uses);
  return { ...document, entities: document.entities.filter((e) => e.id !== id) };
}

/**
 * Whole-document problems about one item, as messages per form field: `entities[3].name: "X" also
 * names entity "y"` becomes `{ name: "…also names entity \"y\"" }` for the form of entities[3].
 * Problems about other parts of the document are left for the form's message.
 */
export function fieldProblems(problems: readonly string[], prefix: string): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const problem of problems) {
    const match = problem.startsWith(`${prefix}.`) ? /^\.([A-Za-z]+)[^:]*: (.*)$/.exec(problem.slice(prefix.length)) : null;
    if (match?.[1] && match[2]) fields[match[1]] ??= match[2];
    else rest.push(problem);
  }
  return { fields, rest };
}

/**
 * Entity ids for what a teacher typed: each an id or a name or alias of the collection's entities
 * (accents, case and punctuation do not count). Those that match nothing are returned apart.
 */
export function resolveEntityIds(document: CollectionDocument, typed: readonly string[]): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const text of typed) {
    const id = findEntityId(document, text);
    if (id === undefined) unknown.push(text);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

/** Entity ids for the names typed in a form's `field`; a name no entry has is refused beside that field. */
export function requireEntityIds(document: CollectionDocument, typed: readonly string[], field: string): string[] {
  const { ids, unknown } = resolveEntityIds(document, typed);
  if (unknown.length > 0)
    throw new DomainError(
      `No entry of this collection is called ${unknown.map((n) => `“${n}”`).join(", ")}. Add it under People, places and organisations first.`,
      field,
    );
  return ids;
}

/** One entity's id by id, name or alias; undefined if none. */
export function findEntityId(document: { entities: readonly EntityNames[] }, text: string): string | undefined {
  if (document.entities.some((e) => e.id === text)) return text;
  const key = foldText(text);
  if (key === "") return undefined;
  return document.entities.find((e) => [e.name, ...e.aliases].some((n) => foldText(n) === key))?.id;
}

/** One source's id by id or title; undefined if none. */
export function findSourceId(document: CollectionDocument, text: string): string | undefined {
  if (document.sources.some((s) => s.id === text)) return text;
  const key = foldText(text);
  if (key === "") return undefined;
  return document.sources.find((s) => foldText(s.title) === key)?.id;
}
