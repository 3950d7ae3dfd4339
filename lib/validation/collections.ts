/**
 * Form fields of the collection pages (app/teach/collections): every text goes through
 * `boundedText`, which refuses control characters (tabs and line breaks excepted) besides what
 * Postgres cannot store, so bad bytes are stopped at the boundary with a message.
 */
import { z } from "zod";
import { hasControlCharacters } from "@/lib/collections/validate";
import { DATE_PRECISIONS } from "@/lib/domain";
import { ANSWER_KINDS, NUMBER_STYLES } from "@/lib/collections/facts";
import { dateBasisSchema, entityKindSchema, eventKindSchema, importanceSchema, linkKindSchema, topicSchema } from "@/lib/events/schema";
import { MAX_ARTICLE_CHARS } from "@/lib/extraction/article";
import { textSchema } from "./text";

export const CONTROL_CHARACTER_MESSAGE =
  "This text contains a control character. Remove it (or paste the text again as plain text) and try again.";

function boundedText(label: string, min: number, max: number) {
  return (
    textSchema(`Enter ${label}.`)
      .refine((t) => !hasControlCharacters(t), CONTROL_CHARACTER_MESSAGE)
      .transform((t) => t.trim())
      // An empty field asks for the value; a short one says how long it must be.
      .refine((t) => t.length > 0, `Enter ${label}.`)
      .refine((t) => t.length === 0 || t.length >= min, `Write at least ${min} characters for ${label}.`)
      .refine((t) => t.length <= max, `Keep ${label} to ${max} characters.`)
  );
}

export const collectionSlugFieldSchema = z
  .string({ error: "Enter a short name for the link." })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, like moon-landings.")
  .max(60, "Keep the short name to 60 characters.");

export const createCollectionSchema = z.object({ slug: collectionSlugFieldSchema, title: boundedText("a title", 3, 120) });

/** Largest upload through the form (the request limit is 1 MB); the command line takes 2 MB. */
export const MAX_UPLOAD_BYTES = 900_000;

export const uploadCollectionSchema = z.object({
  slug: collectionSlugFieldSchema,
  file: z
    .instanceof(File, { error: "Choose a JSON or CSV file." })
    .refine((f) => f.size > 0, "The file is empty.")
    .refine(
      (f) => f.size <= MAX_UPLOAD_BYTES,
      `The file is larger than ${Math.round(MAX_UPLOAD_BYTES / 1000)} KB. Split it, or use npm run events:import.`,
    )
    .refine((f) => /\.(json|csv)$/i.test(f.name), "Upload a .json or .csv file."),
});

export const shareSchema = z.object({
  slug: collectionSlugFieldSchema,
  email: z.email({ error: "Enter a teacher's email address." }).max(200),
});
export const unshareSchema = z.object({ slug: collectionSlugFieldSchema, teacherId: z.uuid() });
export const visibilitySchema = z.object({ slug: collectionSlugFieldSchema, visibility: z.enum(["public", "private"]) });

export const buildFromCollectionSchema = z.object({
  slug: collectionSlugFieldSchema,
  name: boundedText("a name for the set", 1, 100),
  count: z.coerce
    .number({ error: "Enter how many questions." })
    .int("Enter a whole number.")
    .min(1)
    .max(100, "Keep a set to 100 questions or fewer."),
});

const isoDay = z
  .string({ error: "Enter the publication date." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as YYYY-MM-DD.")
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "That date does not exist.",
  );

export const articleSchema = z.object({
  slug: collectionSlugFieldSchema,
  title: boundedText("the article's title", 5, 200),
  publisher: boundedText("the publisher", 2, 120),
  publishedOn: isoDay,
  url: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." })])
    .optional(),
  text: boundedText("the article's text", 20, MAX_ARTICLE_CHARS),
});

/** Optional text: empty means "none". */
function optionalText(label: string, max: number) {
  return z
    .string()
    .refine((t) => !hasControlCharacters(t), CONTROL_CHARACTER_MESSAGE)
    .transform((t) => t.trim())
    .refine((t) => t.length <= max, `Keep ${label} to ${max} characters.`)
    .optional()
    .transform((t) => (t ? t : undefined));
}

/** "a; b; c" as a list; each item bounded. */
function listText(label: string, maxItems: number, itemMax = 120) {
  return z
    .string()
    .max(4000)
    .refine((t) => !hasControlCharacters(t), CONTROL_CHARACTER_MESSAGE)
    .optional()
    .transform((t) =>
      (t ?? "")
        .split(";")
        .map((n) => n.trim())
        .filter((n) => n !== ""),
    )
    .pipe(
      z
        .array(z.string().max(itemMax, `Keep each of the ${label} to ${itemMax} characters.`))
        .max(maxItems, `List at most ${maxItems} ${label}.`)
        .refine((items) => new Set(items.map((i) => i.toLowerCase())).size === items.length, `The ${label} repeat an entry.`),
    );
}

const names = z
  .string()
  .max(2000)
  .refine((t) => !hasControlCharacters(t), CONTROL_CHARACTER_MESSAGE)
  .transform((t) =>
    t
      .split(";")
      .map((n) => n.trim())
      .filter((n) => n !== ""),
  )
  .pipe(z.array(z.string().max(120, "Keep each name to 120 characters.")).max(20));

export const acceptCandidateSchema = z.object({
  slug: collectionSlugFieldSchema,
  articleTitle: boundedText("the article's title", 5, 200),
  publisher: boundedText("the publisher", 2, 120),
  publishedOn: isoDay,
  url: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).optional(),
  title: boundedText("a title", 5, 160),
  summary: boundedText("a summary in your own words", 20, 1000),
  kind: eventKindSchema,
  dateIso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Enter the date as YYYY, YYYY-MM or YYYY-MM-DD."),
  precision: z.enum(DATE_PRECISIONS),
  dateNote: z
    .string()
    .max(300)
    .refine((t) => !hasControlCharacters(t), CONTROL_CHARACTER_MESSAGE)
    .optional(),
  people: names,
  organisations: names,
  places: names,
  tag: topicSchema,
  importance: importanceSchema,
});

export const deleteEventSchema = z.object({ slug: collectionSlugFieldSchema, eventSlug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

const factIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

const dateIsoSchema = z
  .string({ error: "Enter the date." })
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Enter the date as YYYY, YYYY-MM or YYYY-MM-DD.");

/** An event's own fields (people and places as names; lib/collections/events.ts resolves and checks them). */
const eventFields = {
  title: boundedText("a title", 5, 160),
  summary: boundedText("a summary in your own words", 20, 1000),
  kind: eventKindSchema,
  dateIso: dateIsoSchema,
  precision: z.enum(DATE_PRECISIONS),
  dateNote: optionalText("the note on the date", 300),
  basis: dateBasisSchema,
  name: optionalText("the name in a sentence", 160).refine(
    (t) => t === undefined || t.length >= 5,
    "Write at least 5 characters, or leave it empty.",
  ),
  tag: topicSchema,
  actors: names,
  places: names,
  discussed: names,
  numbers: z
    .string()
    .max(2000, "Keep the numbers to 2000 characters.")
    .refine((t) => !hasControlCharacters(t.replace(/\r?\n/g, "")), CONTROL_CHARACTER_MESSAGE)
    .optional()
    .transform((t) => t ?? ""),
  sourceId: z.string({ error: "Choose the source it cites." }).regex(/^[a-z0-9-]{1,80}$/, "Choose the source it cites."),
};

/** A fact's fields; which answer fields count depends on its kind (lib/collections/facts.ts). */
const factFields = {
  question: boundedText("the question", 10, 300),
  statement: boundedText("the statement", 10, 300).refine(
    (t) => t.split("{answer}").length === 2,
    "Put {answer} exactly once where the answer goes.",
  ),
  answerKind: z.enum(ANSWER_KINDS, { error: "Choose what kind of answer it is." }),
  answer: boundedText("the answer", 1, 200),
  unit: optionalText("the unit", 60),
  numberStyle: z
    .enum(NUMBER_STYLES)
    .optional()
    .transform((t) => t ?? "cardinal"),
  distractors: listText("wrong answers", 12),
  alsoRight: names.optional().transform((t) => t ?? []),
  notDistractors: names.optional().transform((t) => t ?? []),
  aliases: listText("other wordings", 12),
  importance: importanceSchema,
  explanation: z
    .string()
    .max(1000, "Keep the explanation to 1000 characters.")
    .refine((t) => !hasControlCharacters(t), CONTROL_CHARACTER_MESSAGE)
    .optional()
    .transform((t) => (t ?? "").trim()),
};

export const editEventSchema = z.object({ slug: collectionSlugFieldSchema, eventSlug: factIdSchema, ...eventFields });
export const createEventSchema = z.object({ slug: collectionSlugFieldSchema, ...eventFields, ...factFields });
export const addFactSchema = z.object({ slug: collectionSlugFieldSchema, eventSlug: factIdSchema, ...factFields });
export const editFactSchema = z.object({ slug: collectionSlugFieldSchema, eventSlug: factIdSchema, factId: factIdSchema, ...factFields });
/** A preview of an edited fact (with its id) or of one to add (without). */
export const previewFactSchema = addFactSchema.extend({
  factId: z
    .union([z.literal(""), factIdSchema])
    .optional()
    .transform((t) => (t ? t : undefined)),
});

export const saveLinkSchema = z.object({
  slug: collectionSlugFieldSchema,
  eventSlug: factIdSchema,
  to: z.string({ error: "Choose an event." }).regex(/^[a-z0-9-]{1,80}$/, "Choose an event."),
  kind: linkKindSchema,
  how: boundedText("how the two connect", 20, 400),
  importance: importanceSchema,
  years: z
    .union([z.literal(""), z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(1).max(1000)])
    .optional()
    .transform((t) => (t === "" || t === undefined ? undefined : t)),
});
export const removeLinkSchema = z.object({
  slug: collectionSlugFieldSchema,
  eventSlug: factIdSchema,
  to: factIdSchema,
  kind: linkKindSchema,
});

export const deleteFactSchema = z.object({ slug: collectionSlugFieldSchema, eventSlug: factIdSchema, factId: factIdSchema });

/** An entity or source id picked in a form (or empty for "none"). */
const referenceIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, "Choose one from the list.");
const optionalReferenceId = z
  .union([z.literal(""), referenceIdSchema])
  .optional()
  .transform((t) => (t ? t : undefined));

export const sourceFieldsSchema = z.object({
  slug: collectionSlugFieldSchema,
  /** Absent for a new source. */
  id: optionalReferenceId,
  title: boundedText("the title", 5, 200),
  publisher: boundedText("the publisher", 2, 120),
  publishedOn: isoDay,
  url: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }).max(500)])
    .optional()
    .transform((t) => (t ? t : undefined)),
  author: optionalText("the author", 120),
});

export const entityFieldsSchema = z.object({
  slug: collectionSlugFieldSchema,
  id: optionalReferenceId,
  name: boundedText("a name", 1, 120),
  kind: entityKindSchema,
  aliases: listText("other names", 20),
  role: optionalText("the role", 160),
  group: optionalText("the group", 60),
  country: optionalReferenceId,
  memberOf: listText("groupings", 20, 80),
  nouns: listText("nouns", 20, 60),
  traits: listText("traits", 20, 60),
  description: optionalText("the description", 500),
});

export const deleteReferenceSchema = z.object({ slug: collectionSlugFieldSchema, id: referenceIdSchema });
