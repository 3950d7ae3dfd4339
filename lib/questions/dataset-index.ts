/**
 * Lookups over a dataset, built once per bank: entities, sources and events by id, and the pools
 * of dates and numbers the dataset mentions (where date and number distractors come from first).
 */
import { topicSchema, type Dataset, type Entity, type EventRecord, type FuzzyDate, type Source } from "@/lib/events/schema";
import type { NumberStyle } from "./render/number";
import type { SourceCitation } from "./types";

/** A number the dataset mentions, with its unit and style. */
export interface DatasetNumber {
  value: number;
  unit: string;
  style: NumberStyle;
}

/** Lookups over one dataset (see `indexDataset`). */
export interface DatasetIndex {
  dataset: Dataset;
  entity(id: string): Entity;
  source(id: string): Source;
  event(slug: string): EventRecord;
  entities: readonly Entity[];
  /** Every distinct date in the dataset (event dates, date answers), any precision. */
  dates: readonly FuzzyDate[];
  /** Every distinct number in the dataset (number answers, event quantities). */
  numbers: readonly DatasetNumber[];
  /** Slugs of the events each entity takes part in (actors, places, entity answers), in dataset order. */
  eventsOfEntity(id: string): readonly string[];
}

function lookup<T>(map: Map<string, T>, what: string, id: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`Question generator: unknown ${what} "${id}" (run the dataset validator)`);
  return found;
}

/** Index a (validated) dataset. Throws on a dangling reference when one is looked up. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const events = new Map(dataset.events.map((e) => [e.slug, e]));

  const dates = new Map<string, FuzzyDate>();
  const numbers = new Map<string, DatasetNumber>();
  const byEntity = new Map<string, string[]>();
  const addDate = (d: FuzzyDate) => dates.set(`${d.precision}:${d.iso}`, { iso: d.iso, precision: d.precision });
  const addNumber = (n: DatasetNumber) => numbers.set(`${n.style}:${n.unit}:${n.value}`, n);
  const link = (entityId: string, slug: string) => {
    const list = byEntity.get(entityId) ?? [];
    if (!list.includes(slug)) list.push(slug);
    byEntity.set(entityId, list);
  };

  for (const event of dataset.events) {
    addDate(event.date);
    for (const id of [...event.actors, ...event.places]) link(id, event.slug);
    for (const q of event.numbers) addNumber({ value: q.value, unit: q.unit, style: "cardinal" });
    for (const fact of event.facts) {
      for (const answer of [fact.answer, ...fact.alsoCorrect]) {
        if (answer.kind === "date") addDate(answer.date);
        if (answer.kind === "number") addNumber({ value: answer.value, unit: answer.unit, style: answer.style });
        if (answer.kind === "entity") link(answer.entity, event.slug);
      }
    }
  }

  return {
    dataset,
    entity: (id) => lookup(entities, "entity", id),
    source: (id) => lookup(sources, "source", id),
    event: (slug) => lookup(events, "event", slug),
    entities: dataset.entities,
    dates: [...dates.values()],
    numbers: [...numbers.values()],
    eventsOfEntity: (id) => byEntity.get(id) ?? [],
  };
}

/** The citations of some events: their sources, deduplicated, in first-seen order. */
export function citationsFor(index: DatasetIndex, events: readonly EventRecord[]): SourceCitation[] {
  const seen = new Set<string>();
  const out: SourceCitation[] = [];
  for (const event of events) {
    for (const id of event.sources) {
      if (seen.has(id)) continue;
      seen.add(id);
      const s = index.source(id);
      out.push({ id: s.id, title: s.title, publisher: s.publisher, publishedOn: s.publishedOn });
    }
  }
  return out;
}

/** The union of some events' topics, in the schema's topic order. */
export function tagsFor(events: readonly EventRecord[]): string[] {
  const tags = new Set<string>(events.flatMap((e) => e.tags));
  return topicSchema.options.filter((t) => tags.has(t));
}
