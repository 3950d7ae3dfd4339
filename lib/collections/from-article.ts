/**
 * An accepted article candidate becomes an event of the collection: the article becomes (or is
 * reused as) a source, each name an entity (an existing one when a name or alias matches), and
 * the event gets a "when" fact and, when the title does not already name them, "who" and "where"
 * facts. Pure: returns the new document, which the caller validates and saves.
 */
import { foldText } from "@/lib/events/validate";
import type { DatePrecision } from "@/lib/domain";
import type { EntityKind, EventKind, Importance, Topic } from "@/lib/events/schema";
import { insertEvent } from "./events";
import { freeSlug, slugify } from "./slugs";
import type { CollectionDocument } from "./schema";

export interface ArticleSource {
  title: string;
  publisher: string;
  publishedOn: string;
  url?: string;
}

export interface AcceptedCandidate {
  title: string;
  summary: string;
  kind: EventKind;
  date: { iso: string; precision: DatePrecision; note?: string };
  people: string[];
  organisations: string[];
  places: string[];
  tag: Topic;
  importance: Importance;
}

/** Add the accepted candidate (and what it needs) to a copy of the document; returns it and the new event's slug. */
export function addArticleEvent(
  document: CollectionDocument,
  source: ArticleSource,
  candidate: AcceptedCandidate,
): { document: CollectionDocument; eventSlug: string } {
  const next = structuredClone(document);

  let sourceId = next.sources.find((s) => s.title === source.title && s.publishedOn === source.publishedOn)?.id;
  if (!sourceId) {
    sourceId = freeSlug(slugify(source.title), new Set(next.sources.map((s) => s.id)));
    next.sources.push({
      id: sourceId,
      title: source.title,
      publisher: source.publisher,
      publishedOn: source.publishedOn,
      ...(source.url ? { url: source.url } : {}),
    });
  }

  const entityFor = (name: string, kind: EntityKind): string => {
    const key = foldText(name);
    const found = next.entities.find((e) => [e.name, ...e.aliases].some((n) => foldText(n) === key));
    if (found) return found.id;
    const id = freeSlug(slugify(name), new Set(next.entities.map((e) => e.id)));
    next.entities.push({ id, kind, name, aliases: [], memberOf: [], nouns: [], traits: [] });
    return id;
  };
  const people = candidate.people.map((n) => entityFor(n, "person"));
  const organisations = candidate.organisations.map((n) => entityFor(n, "organisation"));
  const placeIds = candidate.places.map((n) => entityFor(n, "place"));
  const places = placeIds.filter((id) => ["place", "city", "country"].includes(next.entities.find((e) => e.id === id)?.kind ?? ""));

  const quoted = `“${candidate.title}”`;
  const on = candidate.date.precision === "day" ? "on" : "in";
  const facts: CollectionDocument["events"][number]["facts"] = [
    {
      id: "when",
      ask: "when",
      question: `When did this happen: ${quoted}?`,
      statement: `${quoted} happened ${on} {answer}.`,
      answer: { kind: "date", date: { iso: candidate.date.iso, precision: candidate.date.precision } },
      alsoCorrect: [],
      notDistractors: [],
      importance: candidate.importance,
      explanation: candidate.summary,
    },
  ];
  const named = (id: string) => {
    const entity = next.entities.find((e) => e.id === id);
    return entity ? [entity.name, ...entity.aliases].some((n) => foldText(candidate.title).includes(foldText(n))) : true;
  };
  const who = people.find((id) => !named(id));
  if (who) {
    facts.push({
      id: "who",
      ask: "who",
      question: `Who took part in this: ${quoted}?`,
      statement: `{answer} took part in this: ${quoted}.`,
      answer: { kind: "entity", entity: who },
      alsoCorrect: people.filter((id) => id !== who).map((entity) => ({ kind: "entity" as const, entity })),
      notDistractors: [],
      importance: candidate.importance,
      explanation: candidate.summary,
    });
  }
  const where = places.find((id) => !named(id));
  if (where) {
    facts.push({
      id: "where",
      ask: "where",
      question: `Where did this happen: ${quoted}?`,
      statement: `This happened in {answer}: ${quoted}.`,
      answer: { kind: "entity", entity: where },
      alsoCorrect: [],
      notDistractors: [],
      importance: candidate.importance,
      explanation: candidate.summary,
    });
  }

  return insertEvent(next, {
    date: {
      iso: candidate.date.iso,
      precision: candidate.date.precision,
      basis: "event",
      ...(candidate.date.note ? { note: candidate.date.note } : {}),
    },
    kind: candidate.kind,
    title: candidate.title,
    summary: candidate.summary,
    actors: [...people, ...organisations],
    places,
    discussed: placeIds.filter((id) => !places.includes(id)),
    numbers: [],
    tags: [candidate.tag],
    sources: [sourceId],
    facts,
    links: [],
  });
}
