/**
 * Dataset validation beyond the zod schemas: every reference resolves, ids and slugs are unique,
 * and no question gives its answer away. Pure (no I/O); collects every problem, each with its
 * path, and throws them all in one error so a broken dataset is fixed in one pass.
 */
import { datasetSchema, type Dataset, type DatasetInput } from "./schema";

type AnswerInput = DatasetInput["events"][number]["facts"][number]["answer"];

/** Thrown by `validateDataset`: `problems` holds one line per problem, each starting with its path. */
export class DatasetValidationError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `Invalid event dataset (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "DatasetValidationError";
    this.problems = problems;
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Kinds an event's `places` may refer to. */
const PLACE_KINDS = new Set(["city", "place", "country"]);

/**
 * Fold text for comparison: accents, case, punctuation and a leading article do not count, a
 * possessive "'s" is dropped ("Japan's" names "Japan").
 */
export function foldText(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/['’]s\b/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the|a|an)\s+/, "");
}

/** Whether `text` contains `phrase` as whole words, case-insensitively (after `foldText`). */
export function mentions(text: string, phrase: string): boolean {
  const needle = foldText(phrase);
  return needle !== "" && ` ${foldText(text)} `.includes(` ${needle} `);
}

function renderDate(iso: string): string {
  const [year = "", month, day] = iso.split("-");
  if (month === undefined) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

function renderNumber(value: number, style: "cardinal" | "ordinal" | "usd" = "cardinal"): string[] {
  const plain = (n: number) => String(Math.round(n * 100) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (style === "usd") {
    const abs = Math.abs(value);
    if (abs >= 1e9) return [`US$${plain(value / 1e9)} billion`, `$${plain(value / 1e9)} billion`];
    if (abs >= 1e6) return [`US$${plain(value / 1e6)} million`, `$${plain(value / 1e6)} million`];
    return [`US$${plain(value)}`];
  }
  if (style === "ordinal") {
    const n = Math.abs(Math.trunc(value));
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
    return [`${plain(value)}${suffix}`];
  }
  return plain(value) === String(value) ? [String(value)] : [plain(value), String(value)];
}

/** Every way an answer could be written that would give it away if a question contained it. */
function surfaceForms(answer: AnswerInput, entityNames: Map<string, string[]>): string[] {
  switch (answer.kind) {
    case "entity":
      return entityNames.get(answer.entity) ?? [];
    case "text":
      return [answer.text, ...(answer.aliases ?? [])];
    case "date":
      return [renderDate(answer.date.iso), answer.date.iso];
    case "number":
      return renderNumber(answer.value, answer.style);
  }
}

function describe(answer: AnswerInput): string {
  switch (answer.kind) {
    case "entity":
      return `entity "${answer.entity}"`;
    case "text":
      return `text "${answer.text}"`;
    case "date":
      return `date ${answer.date.iso}`;
    case "number":
      return `number ${answer.value}`;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

function asArray<T>(value: T[] | undefined | null): T[] {
  return Array.isArray(value) ? value : [];
}

type EventInputLike = DatasetInput["events"][number];

/** First day (as "YYYY-MM-DD") and last day of the period a fuzzy iso date covers, for ordering checks. */
function isoBounds(iso: string): [string, string] {
  const [y = "0000", m, d] = iso.split("-");
  if (m === undefined) return [`${y}-01-01`, `${y}-12-31`];
  if (d === undefined) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [iso, iso];
}

/**
 * Links: the target exists and is another event, both ends can be named in a sentence, and the
 * dates agree with the kind: a cause or a follow-up is not after what it leads to, and an
 * anniversary falls exactly `years` years after what it marks.
 */
function linkProblems(event: EventInputLike, i: number, eventBySlug: Map<string, EventInputLike>): string[] {
  const problems: string[] = [];
  const ctx = `event "${event.slug}"`;
  asArray(event.links).forEach((link, j) => {
    const at = `events[${i}].links[${j}]`;
    const target = eventBySlug.get(link.to);
    if (!target) {
      problems.push(`${at}.to: unknown event "${link.to}" (${ctx})`);
      return;
    }
    if (link.to === event.slug) problems.push(`${at}.to: an event cannot link to itself (${ctx})`);
    if (!event.name) problems.push(`events[${i}].name: a linked event needs a name to be asked about (${ctx})`);
    if (!target.name) problems.push(`${at}.to: "${link.to}" has no name to be asked about (${ctx})`);
    const [, thisEnd] = isoBounds(event.date.iso);
    const [thisStart] = isoBounds(event.date.iso);
    const [targetStart, targetEnd] = isoBounds(target.date.iso);
    if (link.kind === "anniversary-of") {
      const years = Number(event.date.iso.slice(0, 4)) - Number(target.date.iso.slice(0, 4));
      if (link.years === undefined) problems.push(`${at}.years: an anniversary link needs its number of years (${ctx})`);
      else if (link.years !== years) problems.push(`${at}.years: ${link.years} years, but the dates are ${years} years apart (${ctx})`);
    } else {
      if (link.years !== undefined) problems.push(`${at}.years: only anniversary links count years (${ctx})`);
      if (thisStart > targetEnd) problems.push(`${at}: "${event.slug}" ${link.kind} "${link.to}", which is dated before it (${ctx})`);
    }
    if (link.kind === "anniversary-of" && targetStart > thisEnd)
      problems.push(`${at}: an anniversary cannot come before what it marks (${ctx})`);
  });
  return problems;
}

/** Stricter checks a published dataset must pass (hand-built test data may skip them). */
export interface ValidateOptions {
  /** Every fact states its importance (core, supporting, detail) instead of taking the default. */
  requireImportance?: boolean;
}

/** Cross-reference and content checks on the (possibly not yet parsed) input. */
function crossReferenceProblems(input: DatasetInput, options: ValidateOptions): string[] {
  const problems: string[] = [];
  const add = (path: string, message: string) => problems.push(`${path}: ${message}`);

  const sources = asArray(input.sources);
  const entities = asArray(input.entities);
  const events = asArray(input.events);

  // Unique ids and slugs.
  const uniqueKeys = <T>(items: T[], key: (t: T) => string | undefined, path: (i: number) => string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item);
      if (k === undefined) return;
      const first = seen.get(k);
      if (first !== undefined) add(path(i), `duplicate ${what} "${k}" (first used at index ${first})`);
      else seen.set(k, i);
    });
    return seen;
  };
  const sourceIds = uniqueKeys(
    sources,
    (s) => s?.id,
    (i) => `sources[${i}].id`,
    "source id",
  );
  const entityIndex = uniqueKeys(
    entities,
    (e) => e?.id,
    (i) => `entities[${i}].id`,
    "entity id",
  );
  uniqueKeys(
    events,
    (e) => e?.slug,
    (i) => `events[${i}].slug`,
    "event slug",
  );

  const entityById = new Map(entities.filter((e) => e?.id !== undefined).map((e) => [e.id, e]));
  const eventBySlug = new Map(events.filter((e) => e?.slug !== undefined).map((e) => [e.slug, e]));
  const entityNames = new Map(entities.filter((e) => e?.id !== undefined).map((e) => [e.id, [e.name, ...asArray(e.aliases)]]));

  // Entities: country references, and no name or alias shared by two entities.
  const nameOwner = new Map<string, string>();
  entities.forEach((e, i) => {
    if (!e) return;
    if (e.country !== undefined) {
      const country = entityById.get(e.country);
      if (!country) add(`entities[${i}].country`, `unknown entity "${e.country}" (entity "${e.id}")`);
      else if (country.kind !== "country")
        add(`entities[${i}].country`, `"${e.country}" is a ${country.kind}, not a country (entity "${e.id}")`);
    }
    asArray(e.memberOf).forEach((id, k) => {
      if (!entityIndex.has(id)) add(`entities[${i}].memberOf[${k}]`, `unknown entity "${id}" (entity "${e.id}")`);
    });
    const names = [e.name, ...asArray(e.aliases)];
    names.forEach((name, k) => {
      const key = typeof name === "string" ? foldText(name) : "";
      if (key === "") return;
      const owner = nameOwner.get(key);
      const path = k === 0 ? `entities[${i}].name` : `entities[${i}].aliases[${k - 1}]`;
      if (owner !== undefined && owner !== e.id) add(path, `"${name}" also names entity "${owner}" (entity "${e.id}")`);
      else nameOwner.set(key, e.id);
    });
  });

  // Events.
  events.forEach((event, i) => {
    if (!event) return;
    const at = `events[${i}]`;
    const ctx = `event "${event.slug}"`;
    asArray(event.sources).forEach((id, j) => {
      if (!sourceIds.has(id)) add(`${at}.sources[${j}]`, `unknown source "${id}" (${ctx})`);
    });
    asArray(event.actors).forEach((id, j) => {
      if (!entityIndex.has(id)) add(`${at}.actors[${j}]`, `unknown entity "${id}" (${ctx})`);
    });
    asArray(event.places).forEach((id, j) => {
      const place = entityById.get(id);
      if (!place) add(`${at}.places[${j}]`, `unknown entity "${id}" (${ctx})`);
      else if (!PLACE_KINDS.has(place.kind)) add(`${at}.places[${j}]`, `"${id}" is a ${place.kind}, not a city, place or country (${ctx})`);
    });
    asArray(event.discussed).forEach((id, j) => {
      if (!entityIndex.has(id)) add(`${at}.discussed[${j}]`, `unknown entity "${id}" (${ctx})`);
      if (asArray(event.places).includes(id)) add(`${at}.discussed[${j}]`, `"${id}" is both a venue and only discussed (${ctx})`);
    });
    problems.push(...linkProblems(event, i, eventBySlug));

    const factIds = new Map<string, number>();
    asArray(event.facts).forEach((fact, f) => {
      if (!fact) return;
      const fat = `${at}.facts[${f}]`;
      const fctx = `${ctx}, fact "${fact.id}"`;
      const first = factIds.get(fact.id);
      if (first !== undefined) add(`${fat}.id`, `duplicate fact id "${fact.id}" in the event (first at facts[${first}]) (${ctx})`);
      else factIds.set(fact.id, f);

      if (options.requireImportance && fact.importance === undefined) {
        add(`${fat}.importance`, `every fact needs an importance: core, supporting or detail (${fctx})`);
      }
      const answer = fact.answer;
      if (!answer) return;
      const alsoCorrect = asArray(fact.alsoCorrect);
      const notDistractors = asArray(fact.notDistractors);

      const checkEntity = (a: AnswerInput, path: string) => {
        if (a.kind === "entity" && !entityIndex.has(a.entity)) add(path, `unknown entity "${a.entity}" (${fctx})`);
      };
      checkEntity(answer, `${fat}.answer.entity`);
      alsoCorrect.forEach((a, k) => {
        checkEntity(a, `${fat}.alsoCorrect[${k}].entity`);
        if (a.kind !== answer.kind)
          add(`${fat}.alsoCorrect[${k}]`, `a ${a.kind} answer, but the fact's answer is a ${answer.kind} (${fctx})`);
        else if (describe(a) === describe(answer)) add(`${fat}.alsoCorrect[${k}]`, `repeats the answer (${fctx})`);
      });
      notDistractors.forEach((id, k) => {
        if (!entityIndex.has(id)) add(`${fat}.notDistractors[${k}]`, `unknown entity "${id}" (${fctx})`);
        if (answer.kind === "entity" && answer.entity === id)
          add(`${fat}.notDistractors[${k}]`, `the answer "${id}" is listed as a non-distractor (${fctx})`);
      });

      // Text answers: distractors must be false and distinct from every true answer.
      for (const [a, path] of [
        [answer, `${fat}.answer`],
        ...alsoCorrect.map((a, k) => [a, `${fat}.alsoCorrect[${k}]`] as const),
      ] as const) {
        if (a.kind !== "text") continue;
        const truths = new Set(
          [answer, ...alsoCorrect].flatMap((t) => (t.kind === "text" ? [t.text, ...asArray(t.aliases)] : [])).map(foldText),
        );
        asArray(a.distractors).forEach((d, k) => {
          if (truths.has(foldText(d))) add(`${path}.distractors[${k}]`, `distractor "${d}" is a true answer (${fctx})`);
        });
      }

      // The question must not give away its answer (or another true answer).
      if (typeof fact.question === "string") {
        [answer, ...alsoCorrect].forEach((a, k) => {
          const leaked = surfaceForms(a, entityNames).find((form) => mentions(fact.question, form));
          if (leaked !== undefined) {
            const which = k === 0 ? "its answer" : `an alsoCorrect answer (${describe(a)})`;
            add(`${fat}.question`, `question contains ${which} as "${leaked}" (${fctx})`);
          }
        });
      }
    });
  });

  return problems;
}

/**
 * Parse the dataset with its zod schema, then check every cross-reference: actor, place, answer,
 * alsoCorrect and notDistractors entity ids, source ids, entity countries; unique source ids,
 * entity ids, event slugs, fact ids within an event and entity names; a fact's answer entity not
 * in its own notDistractors; no question containing its answer's name or aliases; linked events
 * named and dated consistently with the link; with `requireImportance`, an importance on every
 * fact. Throws a
 * `DatasetValidationError` listing every problem with its path; returns the parsed dataset.
 */
export function validateDataset(input: DatasetInput, options: ValidateOptions = {}): Dataset {
  const parsed = datasetSchema.safeParse(input);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      problems.push(`${path === "" ? "(dataset)" : path}: ${issue.message}`);
    }
  }
  try {
    problems.push(...crossReferenceProblems(input, options));
  } catch (error) {
    // Only reachable when the input's shape is broken, which the schema problems above report.
    if (parsed.success) throw error;
  }
  if (problems.length > 0 || !parsed.success) throw new DatasetValidationError(problems);
  return parsed.data;
}
