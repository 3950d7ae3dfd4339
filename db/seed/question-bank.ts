/**
 * Loads the event dataset and its generated question bank into Postgres. Idempotent: a bank
 * version already loaded is skipped in one query; a new version upserts everything in one
 * transaction, deletes events that left the dataset and retires (never deletes) questions that
 * left the bank, so re-seeding neither duplicates nor orphans anything.
 */
import crypto from "node:crypto";
import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import type { Dataset, Entity, EventRecord } from "@/lib/events/schema";
import type { ItemKind } from "@/lib/domain";
import { itemIdOf, itemKindOf, itemStudyOrder } from "@/lib/questions/items";
import { studyOrder } from "@/lib/questions/study-order";
import type { Question } from "@/lib/questions/types";
import type { Db } from "../client";
import { contentVersions, eventSources, events, knowledgeItems, questionEvents, questions, sources } from "../schema";

export interface BankSyncReport {
  version: string;
  skipped: boolean;
  events: number;
  questions: number;
  retired: number;
}

/** Arbitrary constant: serialises concurrent seeding by several app servers. */
const SEED_LOCK_KEY = 727_002;
const CHUNK = 250;

export function contentVersion(dataset: Dataset, bank: Question[]): string {
  // The item order is derived in code: a change to it is a new version too.
  const items = itemStudyOrder(studyOrder(bank));
  return crypto.createHash("sha256").update(JSON.stringify({ dataset, bank, items })).digest("hex").slice(0, 16);
}

function sortDate(iso: string): string {
  return [iso.slice(0, 4), iso.slice(5, 7) || "01", iso.slice(8, 10) || "01"].join("-");
}

/**
 * `set` for an upsert: each named column takes the value the insert proposed (`excluded.*`).
 * Column keys are camelCase here and snake_case in SQL (drizzle's `casing: "snake_case"`).
 */
function takeExcluded<T extends PgTable>(_table: T, names: (keyof T["_"]["columns"] & string)[]) {
  return Object.fromEntries(names.map((name) => [name, sql.raw(`excluded.${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)]));
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

function eventRow(event: EventRecord, entities: Map<string, Entity>) {
  const person = (id: string) => {
    const entity = entities.get(id);
    return { id, name: entity?.name ?? id, ...(entity?.role ? { role: entity.role } : {}) };
  };
  return {
    slug: event.slug,
    dateIso: event.date.iso,
    datePrecision: event.date.precision,
    sortDate: sortDate(event.date.iso),
    dateNote: event.date.note ?? null,
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    actors: event.actors.map(person),
    places: event.places.map(person),
    numbers: event.numbers,
    tags: event.tags,
  };
}

export async function syncQuestionBank(db: Db, dataset: Dataset, bank: Question[]): Promise<BankSyncReport> {
  const version = contentVersion(dataset, bank);
  const base = { version, events: dataset.events.length, questions: bank.length };
  const [loaded] = await db.select({ version: contentVersions.version }).from(contentVersions).where(eq(contentVersions.id, 1));
  if (loaded?.version === version) return { ...base, skipped: true, retired: 0 };

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    // Another server may have loaded this version while we waited for the lock.
    const [again] = await tx.select({ version: contentVersions.version }).from(contentVersions).where(eq(contentVersions.id, 1));
    if (again?.version === version) return { ...base, skipped: true, retired: 0 };

    const entities = new Map(dataset.entities.map((e) => [e.id, e]));
    const sourceRows = dataset.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
      publishedOnNote: s.publishedOnNote ?? null,
      author: s.author ?? null,
    }));
    await tx
      .insert(sources)
      .values(sourceRows)
      .onConflictDoUpdate({
        target: sources.id,
        set: takeExcluded(sources, ["title", "publisher", "publishedOn", "publishedOnNote", "author"]),
      });

    const eventSlugs = dataset.events.map((e) => e.slug);
    await tx.delete(events).where(notInArray(events.slug, eventSlugs));
    for (const rows of chunks(dataset.events.map((e) => eventRow(e, entities)))) {
      await tx
        .insert(events)
        .values(rows)
        .onConflictDoUpdate({
          target: events.slug,
          set: takeExcluded(events, [
            "dateIso",
            "datePrecision",
            "sortDate",
            "dateNote",
            "kind",
            "title",
            "summary",
            "actors",
            "places",
            "numbers",
            "tags",
          ]),
        });
    }
    await tx.delete(sources).where(
      notInArray(
        sources.id,
        dataset.sources.map((s) => s.id),
      ),
    );
    // Rebuild the links of every event in the dataset (those of events that left it went with
    // them, by cascade, above).
    await tx.delete(eventSources).where(inArray(eventSources.eventSlug, eventSlugs));
    await tx.insert(eventSources).values(dataset.events.flatMap((e) => e.sources.map((sourceId) => ({ eventSlug: e.slug, sourceId }))));

    const ids = bank.map((q) => q.id);
    const ordered = studyOrder(bank);
    // Knowledge items first (questions reference them): one per fact, link or exercise.
    const items = new Map<string, { id: string; kind: ItemKind; tags: Set<string>; eventSlugs: Set<string>; position: number }>();
    const itemPosition = new Map(itemStudyOrder(ordered).map((id, position) => [id, position]));
    for (const q of ordered) {
      const id = itemIdOf(q);
      const item = items.get(id) ?? {
        id,
        kind: itemKindOf(q),
        tags: new Set<string>(),
        eventSlugs: new Set<string>(),
        position: itemPosition.get(id) ?? 0,
      };
      for (const tag of q.tags) item.tags.add(tag);
      for (const slug of q.eventIds) item.eventSlugs.add(slug);
      items.set(id, item);
    }
    for (const rows of chunks([...items.values()])) {
      await tx
        .insert(knowledgeItems)
        .values(
          rows.map((i) => ({
            id: i.id,
            kind: i.kind,
            tags: [...i.tags],
            eventSlugs: [...i.eventSlugs],
            position: i.position,
            retiredAt: null,
          })),
        )
        .onConflictDoUpdate({
          target: knowledgeItems.id,
          set: { ...takeExcluded(knowledgeItems, ["kind", "tags", "eventSlugs", "position"]), retiredAt: sql`null` },
        });
    }
    await tx
      .update(knowledgeItems)
      .set({ retiredAt: sql`now()` })
      // Only the built-in dataset's items: a teacher's collection keeps its own (ids "c:<slug>:…").
      .where(
        and(isNull(knowledgeItems.retiredAt), sql`${knowledgeItems.id} not like 'c:%'`, notInArray(knowledgeItems.id, [...items.keys()])),
      );
    // position = the order new cards are introduced in (types interleaved).
    for (const rows of chunks(ordered.map((q, position) => ({ q, position })))) {
      await tx
        .insert(questions)
        .values(
          rows.map(({ q, position }) => ({
            id: q.id,
            type: q.type,
            prompt: q.prompt,
            answer: q.answer,
            difficulty: q.difficulty,
            tags: q.tags,
            payload: q,
            position,
            itemId: itemIdOf(q),
            reveals: q.reveals ?? [],
            retiredAt: null,
          })),
        )
        .onConflictDoUpdate({
          target: questions.id,
          set: {
            ...takeExcluded(questions, ["type", "prompt", "answer", "difficulty", "tags", "payload", "position", "itemId", "reveals"]),
            retiredAt: sql`null`,
          },
        });
    }
    const retired = await tx
      .update(questions)
      .set({ retiredAt: sql`now()` })
      // Only the built-in collection's: teachers' collections are synced by db/queries/collections.ts.
      .where(and(eq(questions.collection, BUILTIN_COLLECTION), isNull(questions.retiredAt), notInArray(questions.id, ids)))
      .returning({ id: questions.id });

    for (const idChunk of chunks(ids)) await tx.delete(questionEvents).where(inArray(questionEvents.questionId, idChunk));
    for (const rows of chunks(bank.flatMap((q) => q.eventIds.map((eventSlug) => ({ questionId: q.id, eventSlug }))))) {
      await tx.insert(questionEvents).values(rows);
    }

    await tx
      .insert(contentVersions)
      .values({ id: 1, ...base })
      .onConflictDoUpdate({ target: contentVersions.id, set: { ...base, loadedAt: sql`now()` } });
    return { ...base, skipped: false, retired: retired.length };
  });
}
