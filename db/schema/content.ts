/**
 * The learning content: articles, events and the generated question bank. Written only by the
 * seed (db/seed/question-bank.ts) from the dataset in db/seed/dataset; read by everyone.
 */
import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { BUILTIN_COLLECTION, DATE_PRECISIONS, ITEM_KINDS, QUESTION_TYPES } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";
import { collections } from "./collections";

export const sources = pgTable("sources", {
  id: text().primaryKey(),
  title: text().notNull(),
  publisher: text().notNull(),
  publishedOn: date({ mode: "string" }).notNull(),
  publishedOnNote: text(),
  author: text(),
});

export interface EventPerson {
  id: string;
  name: string;
  role?: string;
}
export interface EventQuantity {
  value: number;
  unit: string;
  label: string;
}

export const events = pgTable(
  "events",
  {
    slug: text().primaryKey(),
    /** "2022-03-20", "2022-03" or "2022", as precise as the articles allow. */
    dateIso: text().notNull(),
    datePrecision: text({ enum: DATE_PRECISIONS }).notNull(),
    /** First day of the period, for ordering; ties broken by precision then slug. */
    sortDate: date({ mode: "string" }).notNull(),
    dateNote: text(),
    kind: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    actors: jsonb().$type<EventPerson[]>().notNull(),
    places: jsonb().$type<EventPerson[]>().notNull(),
    numbers: jsonb().$type<EventQuantity[]>().notNull(),
    tags: text().array().notNull(),
  },
  (t) => [index("events_sort_idx").on(t.sortDate, t.slug), index("events_tags_idx").using("gin", t.tags)],
);

export const eventSources = pgTable(
  "event_sources",
  {
    eventSlug: text()
      .notNull()
      .references(() => events.slug, { onDelete: "cascade" }),
    sourceId: text()
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventSlug, t.sourceId] }), index("event_sources_source_idx").on(t.sourceId)],
);

/**
 * Knowledge items (lib/questions/items.ts): what a student remembers — a fact, an event link, or an
 * ordering/matching exercise. Every question is a face of one item; memory (item_states) is per item.
 * Written by the seed from the bank; retired when no active question asks it any more.
 */
export const knowledgeItems = pgTable(
  "knowledge_items",
  {
    /** "f:<event>/<fact>" or "x:<question id>" (`itemIdOf`). */
    id: text().primaryKey(),
    kind: text({ enum: ITEM_KINDS }).notNull(),
    /** Union of its questions' topics and events (for practice scopes). */
    tags: text().array().notNull(),
    eventSlugs: text().array().notNull(),
    /** Position in the item study order (`itemStudyOrder`): the order new items are introduced in. */
    position: integer().notNull(),
    retiredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("knowledge_items_active_position_idx")
      .on(t.position)
      .where(sql`${t.retiredAt} is null`),
    index("knowledge_items_tags_idx").using("gin", t.tags),
    index("knowledge_items_events_idx").using("gin", t.eventSlugs),
  ],
);

export const questions = pgTable(
  "questions",
  {
    /** Stable across regenerations: progress (card states, review logs) hangs on it. */
    id: text().primaryKey(),
    type: text({ enum: QUESTION_TYPES }).notNull(),
    prompt: text().notNull(),
    answer: text().notNull(),
    difficulty: smallint().notNull(),
    tags: text().array().notNull(),
    /** The whole generated question, as the UI renders and grades it. */
    payload: jsonb().$type<Question>().notNull(),
    /** Position in the generated bank: a stable default order for lists. */
    position: integer().notNull(),
    /** The knowledge item this question is a face of. */
    itemId: text()
      .notNull()
      .references(() => knowledgeItems.id),
    /** Items whose answer this question shows (computed by the generator from the facts). */
    reveals: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * Set when a regeneration no longer produces this question. Retired questions leave queues
     * and lists, but the row stays so students' history keeps pointing at something.
     */
    retiredAt: timestamp({ withTimezone: true }),
    /** The collection the question was generated from (db/schema/collections.ts). */
    collection: text()
      .notNull()
      .default(BUILTIN_COLLECTION)
      .references(() => collections.slug),
  },
  (t) => [
    index("questions_collection_idx").on(t.collection, t.position),
    index("questions_active_position_idx")
      .on(t.position)
      .where(sql`${t.retiredAt} is null`),
    index("questions_tags_idx").using("gin", t.tags),
    index("questions_type_idx").on(t.type),
    index("questions_item_idx").on(t.itemId),
  ],
);

export const questionEvents = pgTable(
  "question_events",
  {
    questionId: text()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    eventSlug: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.eventSlug] }), index("question_events_event_idx").on(t.eventSlug, t.questionId)],
);

/**
 * The content version currently loaded (a single row): seeding skips all work when the dataset
 * and bank are unchanged since the last load.
 */
export const contentVersions = pgTable("content_versions", {
  id: smallint().primaryKey().default(1),
  version: text().notNull(),
  events: integer().notNull(),
  questions: integer().notNull(),
  loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
