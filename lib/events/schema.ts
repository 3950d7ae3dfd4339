/**
 * The event dataset's shape: the contract between the seed data (db/seed/dataset/) and the
 * question generator (lib/questions/). Written as zod schemas so the same definitions type the
 * data at compile time and validate it (including cross-references) at seed time and in tests.
 *
 * Everything here is the project's own wording; the source articles are cited, never quoted.
 */
import { z } from "zod";
import { DATE_PRECISIONS } from "@/lib/domain";

/** A slug: lowercase words joined by hyphens. Stable forever once published (progress hangs on it). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase words joined by hyphens");

export const datePrecisionSchema = z.enum(DATE_PRECISIONS);

/**
 * A date known to a given precision: "2022-11-18" (day), "2022-11" (month) or "2022" (year).
 * The iso string must have exactly the parts its precision implies.
 */
export const fuzzyDateSchema = z
  .object({
    iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    precision: datePrecisionSchema,
  })
  .refine(
    (d) => d.iso.split("-").length === { year: 1, month: 2, day: 3 }[d.precision],
    "iso must match precision (YYYY, YYYY-MM or YYYY-MM-DD)",
  );
export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;

/** A news article the facts come from. */
export const sourceSchema = z.object({
  id: slugSchema,
  title: z.string().min(5),
  publisher: z.string().min(2),
  /** ISO day of publication. */
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** How publishedOn was worked out when the article does not print its date. */
  publishedOnNote: z.string().optional(),
  author: z.string().optional(),
  /** File name in shared/seeds/ the article was read from. */
  seedFile: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;

export const entityKindSchema = z.enum([
  "person",
  "country",
  "city",
  "place", // a building, port, base, island group, sea…
  "organisation",
  "agreement", // a treaty, consensus, resolution, joint statement…
  "ship",
  "programme", // an exercise, deployment, project, policy vision…
]);
export type EntityKind = z.infer<typeof entityKindSchema>;

/** A person, place, organisation… referred to by id from events and answers. */
export const entitySchema = z.object({
  id: slugSchema,
  kind: entityKindSchema,
  /** The name a student should learn, e.g. "Hun Sen". */
  name: z.string().min(1),
  /** Other names a typed answer may use: "Samdech Hun Sen", "ASEAN" ↔ "Association of Southeast Asian Nations". */
  aliases: z.array(z.string()).default([]),
  /** For people: the role the articles give, e.g. "Prime Minister of Cambodia". */
  role: z.string().optional(),
  /**
   * Groups similar entities so a distractor is "of the same kind": people with the same roleGroup
   * (e.g. "head-of-government", "foreign-minister", "analyst", "military-leader") are preferred as
   * each other's distractors; places likewise ("capital", "port", "sea", "venue").
   */
  group: z.string().optional(),
  /** Entity id of the country this person/place/organisation belongs to, if any. */
  country: slugSchema.optional(),
  /**
   * Entity ids of the groupings the entity belongs to or acts under: a country's blocs ("asean",
   * "g7"), a UN body's "united-nations", ASEAN's plan "asean". A prompt saying "Which ASEAN
   * member…" or "Which UN body…" accepts only entities affiliated so.
   */
  memberOf: z.array(slugSchema).default([]),
  /**
   * Nouns a question may use for the entity besides its kind's own ("organisation" for an
   * organisation…): "bloc" for ASEAN, "prime minister" and "leader" for a head of government.
   * "Which regional bloc…" then offers only entities that are blocs.
   */
  nouns: z.array(z.string().min(2)).default([]),
  /**
   * Descriptions a source gives the entity that a prompt may use as a constraint: "former" and
   * "killed" for Shinzo Abe in 2022, "former Soviet" for Ukraine. "Which killed former prime
   * minister…" offers only entities carrying both.
   */
  traits: z.array(z.string().min(2)).default([]),
  /** One line in our own words. */
  description: z.string().optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const topicSchema = z.enum([
  "diplomacy",
  "security",
  "defence",
  "peacekeeping",
  "myanmar",
  "ukraine",
  "asean",
  "development-aid",
  "economy",
  "democracy",
  "human-rights",
  "maritime",
  "china",
  "north-korea",
  "united-nations",
  "covid-19",
  "anniversary",
  "history",
]);
export type Topic = z.infer<typeof topicSchema>;

export const eventKindSchema = z.enum([
  "meeting",
  "visit",
  "call",
  "summit",
  "agreement",
  "statement",
  "vote",
  "anniversary",
  "deployment",
  "election",
  "coup",
  "invasion",
  "funeral",
  "speech",
  "appointment", // someone takes office
  "background", // a standing fact the articles state (e.g. "Japan has a pacifist constitution")
]);
export type EventKind = z.infer<typeof eventKindSchema>;

/** A number with its unit: { value: 141, unit: "countries", label: "votes in favour" }. */
export const quantitySchema = z.object({
  value: z.number(),
  unit: z.string(),
  label: z.string(),
});
export type Quantity = z.infer<typeof quantitySchema>;

/**
 * How a numeric answer is written: "141" (cardinal), "70th" (ordinal), "US$2.8 billion" (usd).
 * For usd, value is in dollars (2.8e9).
 */
export const numberStyleSchema = z.enum(["cardinal", "ordinal", "usd"]);

/** The answer to a fact, typed so the generator can find distractors of the same kind. */
export const answerSchema = z.discriminatedUnion("kind", [
  /** A person, place, organisation… from the entity list. */
  z.object({ kind: z.literal("entity"), entity: slugSchema }),
  z.object({ kind: z.literal("date"), date: fuzzyDateSchema }),
  z.object({
    kind: z.literal("number"),
    value: z.number(),
    /** Unit word used in choices and when matching typed answers: "countries", "years", "crew". */
    unit: z.string(),
    style: numberStyleSchema.default("cardinal"),
  }),
  /**
   * Free text that is not an entity, date or number (e.g. "a vice defence minister-level
   * dialogue"). It must bring its own distractors: plausible but false alternatives.
   */
  z.object({
    kind: z.literal("text"),
    text: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    distractors: z.array(z.string()).min(3),
  }),
]);
export type Answer = z.infer<typeof answerSchema>;

/** How much a fact matters to a teacher: asked first, asked sometimes, asked rarely. */
export const importanceSchema = z.enum(["core", "supporting", "detail"]);
export type Importance = z.infer<typeof importanceSchema>;

/** Question types a fact can be suppressed for (the generator's six, minus the group types). */
export const factQuestionTypeSchema = z.enum(["multiple_choice", "true_false", "cloze", "typed"]);

/**
 * A question the dataset deliberately does not ask, and why: it stays listed by
 * `npm run questions:lint -- --suppressed` instead of disappearing silently.
 */
export const suppressionSchema = z.object({
  type: factQuestionTypeSchema,
  /** For true/false only: suppress just one variant. */
  variant: z.enum(["true", "false"]).optional(),
  reason: z.string().min(10),
});
export type Suppression = z.infer<typeof suppressionSchema>;

/**
 * One askable claim about an event. The generator turns it into several question types:
 * - `question` + `answer` → multiple choice and typed answer;
 * - `statement` (with the `{answer}` placeholder) → cloze (blanked) and true/false (the true
 *   answer, or a distractor put in its place).
 * So `statement` must read naturally whichever value of the same kind fills `{answer}`.
 */
export const factSchema = z
  .object({
    /** Stable within its event: the question ids derive from `${event.slug}/${fact.id}`. */
    id: slugSchema,
    ask: z.enum(["who", "what", "where", "when", "how-many", "which"]),
    /** A question whose answer is `answer`, without giving it away. */
    question: z.string().min(10),
    /** A declarative sentence containing the placeholder `{answer}` exactly once. */
    statement: z.string().min(10),
    answer: answerSchema,
    /** Other values that are also true answers to `question`: never used as distractors. */
    alsoCorrect: z.array(answerSchema).default([]),
    /** Entity ids that must never be used as distractors for this fact (too close to call). */
    notDistractors: z.array(slugSchema).default([]),
    /** Why it matters, in our words; defaults to the event summary. */
    explanation: z.string().optional(),
    /**
     * core: a teacher would test it; supporting: context worth knowing; detail: trivia, asked
     * rarely. `validateDataset` requires it on every fact; read it with `factImportance`.
     */
    importance: importanceSchema.optional(),
    /** Questions of this fact not to ask, each with its reason. */
    suppress: z.array(suppressionSchema).optional(),
  })
  .refine((f) => f.statement.split("{answer}").length === 2, {
    message: "statement must contain {answer} exactly once",
    path: ["statement"],
  });
export type Fact = z.infer<typeof factSchema>;

/** A fact's importance; "supporting" only for hand-built data that skipped validation. */
export function factImportance(fact: Pick<Fact, "importance">): Importance {
  return fact.importance ?? "supporting";
}

/** Importances from most to least important. */
export const IMPORTANCE_ORDER: readonly Importance[] = importanceSchema.options;

/**
 * What an event's date stands for:
 * - "event": when it happened, as a source states it or as its relative date resolves;
 * - "derived": worked out from what a source states (an anniversary counted back);
 * - "reported": an ongoing condition or stance, dated by the report that mentions it;
 * - "planned": announced in advance, dated when it was due.
 * Only "event" and "derived" dates are facts about time: timelines and year questions use no other.
 */
export const dateBasisSchema = z.enum(["event", "derived", "reported", "planned"]);
export type DateBasis = z.infer<typeof dateBasisSchema>;

/**
 * How one event connects to another:
 * - "led-to": this event is a cause of the other (later) one;
 * - "followed-up": the other (later) event builds on or follows on from this one;
 * - "anniversary-of": this event marks an anniversary of the other (earlier) one.
 */
export const linkKindSchema = z.enum(["led-to", "followed-up", "anniversary-of"]);
export type LinkKind = z.infer<typeof linkKindSchema>;

/** An explicit connection to another event, the material of connection questions. */
export const eventLinkSchema = z.object({
  to: slugSchema,
  kind: linkKindSchema,
  /** How the two connect, in our words and supported by the two events' sources: one sentence. */
  how: z.string().min(20),
  importance: importanceSchema,
  /** For "anniversary-of": which anniversary (30 for the 30th). */
  years: z.number().int().positive().optional(),
});
export type EventLink = z.infer<typeof eventLinkSchema>;

export const eventSchema = z.object({
  slug: slugSchema,
  date: fuzzyDateSchema.and(
    z.object({
      /** How a relative date ("on Sunday", "last year") was resolved against the article's date. */
      note: z.string().optional(),
      basis: dateBasisSchema.default("event"),
    }),
  ),
  /**
   * The event as a noun phrase inside a sentence ("the Paris Peace Agreements", "Russia's
   * invasion of Ukraine"): connection questions name events with it. Required for linked events.
   */
  name: z.string().min(5).optional(),
  kind: eventKindSchema,
  /** A short headline in our words. */
  title: z.string().min(5),
  /** Two or three sentences in our words: what happened and why it mattered. */
  summary: z.string().min(20),
  actors: z.array(slugSchema).default([]),
  /** Where it happened: venues only (matching questions pair places with what happened there). */
  places: z.array(slugSchema).default([]),
  /** Places and things it was about without happening there ("the South China Sea" in talks). */
  discussed: z.array(slugSchema).default([]),
  numbers: z.array(quantitySchema).default([]),
  tags: z.array(topicSchema).min(1),
  sources: z.array(slugSchema).min(1),
  facts: z.array(factSchema).min(1),
  links: z.array(eventLinkSchema).default([]),
});
export type EventRecord = z.infer<typeof eventSchema>;
export type EventInput = z.input<typeof eventSchema>;

export const datasetSchema = z.object({
  sources: z.array(sourceSchema).min(1),
  entities: z.array(entitySchema),
  events: z.array(eventSchema).min(1),
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
