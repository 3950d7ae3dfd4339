/**
 * Reads of the shared learning content (events, sources, question bank). Content is public to
 * every signed-in user, so these take no owner; per-user data lives elsewhere.
 */
import { and, arrayContains, asc, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { BUILTIN_COLLECTION, type DatePrecision, type QuestionType } from "@/lib/domain";
import type { Importance, Question } from "@/lib/questions/types";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { selectReadableCollectionSlugs } from "./collections";
import { collections, eventSources, events, questionEvents, questions, sources } from "../schema";

export interface TimelineEvent {
  slug: string;
  dateIso: string;
  datePrecision: DatePrecision;
  dateNote: string | null;
  kind: string;
  title: string;
  summary: string;
  tags: string[];
  actors: { id: string; name: string; role?: string }[];
  places: { id: string; name: string }[];
  sources: { id: string; title: string; publisher: string; publishedOn: string }[];
  questions: { id: string; type: QuestionType; prompt: string }[];
}

/** Every event in date order (optionally one topic), each with its sources and active questions: three queries in all. */
export async function listTimeline(db: Db, filter: { topic?: string } = {}): Promise<TimelineEvent[]> {
  const where = filter.topic ? arrayContains(events.tags, [filter.topic]) : undefined;
  // Same start date: the coarser date first ("2022" before "January 2022" before "3 January 2022").
  const precisionRank = sql`case ${events.datePrecision} when 'year' then 0 when 'month' then 1 else 2 end`;
  const eventRows = await db.select().from(events).where(where).orderBy(asc(events.sortDate), precisionRank, asc(events.slug));
  if (eventRows.length === 0) return [];
  const slugs = eventRows.map((e) => e.slug);
  const [sourceRows, questionRows] = await Promise.all([
    db
      .select({
        eventSlug: eventSources.eventSlug,
        id: sources.id,
        title: sources.title,
        publisher: sources.publisher,
        publishedOn: sources.publishedOn,
      })
      .from(eventSources)
      .innerJoin(sources, eq(sources.id, eventSources.sourceId))
      .where(inArray(eventSources.eventSlug, slugs))
      .orderBy(asc(sources.publishedOn)),
    db
      .select({ eventSlug: questionEvents.eventSlug, id: questions.id, type: questions.type, prompt: questions.prompt })
      .from(questionEvents)
      .innerJoin(questions, eq(questions.id, questionEvents.questionId))
      .where(and(inArray(questionEvents.eventSlug, slugs), isNull(questions.retiredAt)))
      .orderBy(asc(questions.position)),
  ]);
  const byEvent = <T extends { eventSlug: string }>(rows: T[]) => {
    const map = new Map<string, Omit<T, "eventSlug">[]>();
    for (const { eventSlug, ...rest } of rows) map.set(eventSlug, [...(map.get(eventSlug) ?? []), rest]);
    return map;
  };
  const sourcesByEvent = byEvent(sourceRows);
  const questionsByEvent = byEvent(questionRows);
  return eventRows.map((e) => ({
    slug: e.slug,
    dateIso: e.dateIso,
    datePrecision: e.datePrecision,
    dateNote: e.dateNote,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    tags: e.tags,
    actors: e.actors,
    places: e.places,
    sources: sourcesByEvent.get(e.slug) ?? [],
    questions: questionsByEvent.get(e.slug) ?? [],
  }));
}

/** Topics with how many events carry each, most common first. */
export async function listTopics(db: Db): Promise<{ topic: string; events: number }[]> {
  return selectRows<{ topic: string; events: number }>(
    db,
    sql`select tag as topic, count(*)::int as events from ${events}, unnest(${events.tags}) as tag group by tag order by events desc, tag`,
  );
}

/** Every event's slug, title and date, in date order: the options of an event picker. */
export async function listEventOptions(db: Db): Promise<{ slug: string; title: string; dateIso: string }[]> {
  return db
    .select({ slug: events.slug, title: events.title, dateIso: events.dateIso })
    .from(events)
    .orderBy(asc(events.sortDate), asc(events.slug));
}

export interface BankFilter {
  /** The collection to list (default the built-in one); another must be readable by the reader. */
  collection?: string;
  topic?: string;
  type?: QuestionType;
  event?: string;
  difficulty?: number;
  /** Core, supporting or detail (read from the stored question: no column of its own). */
  importance?: Importance;
  /** Event years, inclusive. */
  from?: number;
  to?: number;
}

export interface BankPage {
  questions: Question[];
  total: number;
  countsByType: Record<string, number>;
}

function buildBankConditions(filter: BankFilter, reader?: { teacherId: string }): SQL[] {
  const collection = filter.collection ?? BUILTIN_COLLECTION;
  const builtin = collection === BUILTIN_COLLECTION;
  const conditions: SQL[] = [isNull(questions.retiredAt), eq(questions.collection, collection)];
  // Any other collection only for a teacher who may read it: without a reader, nothing.
  if (!builtin) conditions.push(reader ? sql`${questions.collection} in ${selectReadableCollectionSlugs(reader.teacherId)}` : sql`false`);
  if (filter.topic) conditions.push(arrayContains(questions.tags, [filter.topic]));
  if (filter.type) conditions.push(eq(questions.type, filter.type));
  if (filter.difficulty) conditions.push(eq(questions.difficulty, filter.difficulty));
  if (filter.importance) conditions.push(sql`${questions.payload}->>'importance' = ${filter.importance}`);
  if (filter.from || filter.to) {
    const from = `${filter.from ?? 1900}-01-01`;
    const to = `${filter.to ?? 2100}-12-31`;
    // The built-in events have a table; a teacher's collection keeps its events in its document.
    conditions.push(
      builtin
        ? sql`${questions.id} in (select qe.question_id from ${questionEvents} qe join ${events} e on e.slug = qe.event_slug
            where e.sort_date between ${from}::date and ${to}::date)`
        : sql`exists (select 1 from ${collections} c cross join jsonb_array_elements(c.document->'events') ev
            where c.slug = ${questions.collection} and (${questions.payload}->'eventIds') @> jsonb_build_array(ev->>'slug')
              and left(ev->'date'->>'iso', 4)::int between ${filter.from ?? 1900} and ${filter.to ?? 2100})`,
    );
  }
  if (filter.event) {
    conditions.push(
      builtin
        ? sql`${questions.id} in ${selectQuestionIdsForEvent(filter.event)}`
        : sql`(${questions.payload}->'eventIds') @> jsonb_build_array(${filter.event}::text)`,
    );
  }
  return conditions;
}

function selectQuestionIdsForEvent(slug: string): SQL {
  return sql`(select ${questionEvents.questionId} from ${questionEvents} where ${questionEvents.eventSlug} = ${slug})`;
}

/** One page (`limit` from `offset`) of the active bank of one collection (a teacher's only for a `reader` who may read it) under a filter, with the total and the count per type (for the filter bar). */
export async function searchQuestionBank(
  db: Db,
  params: { filter: BankFilter; limit: number; offset: number; reader?: { teacherId: string } },
): Promise<BankPage> {
  const { filter, reader, ...page } = params;
  const where = and(...buildBankConditions(filter, reader));
  const [rows, byType] = await Promise.all([
    db
      .select({ payload: questions.payload })
      .from(questions)
      .where(where)
      .orderBy(asc(questions.position))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ type: questions.type, n: count() }).from(questions).where(where).groupBy(questions.type),
  ]);
  const countsByType = Object.fromEntries(byType.map((r) => [r.type, r.n]));
  return { questions: rows.map((r) => r.payload), total: byType.reduce((n, r) => n + r.n, 0), countsByType };
}

/** One question by id from a collection the teacher may read (retired ones included: a link to one still opens); undefined if none. */
export async function getQuestion(db: Db, id: string, reader: { teacherId: string }): Promise<Question | undefined> {
  const [row] = await db
    .select({ payload: questions.payload })
    .from(questions)
    .where(and(eq(questions.id, id), sql`${questions.collection} in ${selectReadableCollectionSlugs(reader.teacherId)}`))
    .limit(1);
  return row?.payload;
}
