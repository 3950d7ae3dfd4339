/**
 * A collection's document: the built-in dataset's schema (lib/events/schema.ts), with two changes
 * for a teacher's own sources: `seedFile` (the built-in articles' file names) is optional, and a
 * source may give its `url`. Import files are this document with an optional `title`.
 *
 * Why one validated JSON document per collection rather than normalised tables: the generator
 * takes the whole dataset at once, cross-references (actors, answers, links) are checked over the
 * whole of it, the import and export format is this very document, and an edit is "read, change,
 * validate everything, write" — so export is the stored document and a round trip is exact by
 * construction. Postgres still owns ownership, sharing and the generated questions (rows).
 */
import { z } from "zod";
import { entitySchema, eventSchema, slugSchema, sourceSchema, type Dataset } from "@/lib/events/schema";

export const collectionSourceSchema = sourceSchema.extend({
  seedFile: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type CollectionSource = z.infer<typeof collectionSourceSchema>;

export const collectionDocumentSchema = z.object({
  sources: z.array(collectionSourceSchema),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
});
export type CollectionDocument = z.infer<typeof collectionDocumentSchema>;
export type CollectionDocumentInput = z.input<typeof collectionDocumentSchema>;

/**
 * An import file: a collection document, optionally titled. A stored document may be empty (a
 * collection just created); a file needs at least one source and one event (validateDataset).
 */
export const collectionFileSchema = collectionDocumentSchema.extend({
  title: z.string().trim().min(3).max(120).optional(),
});

export const collectionSlugSchema = slugSchema.max(60, "at most 60 characters");

/** The generator's view of a document: sources without a seed file get an empty one (the generator never reads it). */
export function documentToDataset(document: CollectionDocument): Dataset {
  return { ...document, sources: document.sources.map((s) => ({ ...s, seedFile: s.seedFile ?? "" })) };
}
