/**
 * Collections: a body of sources, entities and events (the built-in dataset, or one a teacher
 * brought), stored as one validated document per collection, with the questions generated from
 * it in `questions` (tagged by `questions.collection`). Read access: the owner, every teacher for
 * a public collection, and the teachers it is shared with (read-only) for a private one.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { COLLECTION_VISIBILITIES } from "@/lib/domain";
import type { CollectionDocument } from "@/lib/collections/schema";
import { users } from "./users";

export const collections = pgTable(
  "collections",
  {
    /** Stable forever: question ids of a teacher's collection start with it. */
    slug: text().primaryKey(),
    title: text().notNull(),
    /** Null for the built-in collection (loaded from code, edited by no one). */
    ownerId: uuid().references(() => users.id, { onDelete: "cascade" }),
    visibility: text({ enum: COLLECTION_VISIBILITIES }).notNull().default("private"),
    /** The whole collection as parsed by lib/collections/schema.ts: exported as is. */
    document: jsonb().$type<CollectionDocument>().notNull(),
    /** Hash of the document and its generated questions: an unchanged re-import writes nothing. */
    version: text().notNull(),
    events: integer().notNull().default(0),
    questions: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("collections_owner_idx").on(t.ownerId), check("collections_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

export const collectionShares = pgTable(
  "collection_shares",
  {
    collectionSlug: text()
      .notNull()
      .references(() => collections.slug, { onDelete: "cascade" }),
    teacherId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.collectionSlug, t.teacherId] }), index("collection_shares_teacher_idx").on(t.teacherId)],
);
