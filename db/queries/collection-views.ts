/**
 * Which collections a signed-in user may look at on the timeline (and a teacher in the question
 * bank), and a collection's timeline. A teacher sees what they may read (their own, those shared
 * with them, public ones). A student sees the built-in collection and, of any other, only what an
 * assignment to one of their classes brings them: the events its assigned questions are about,
 * with those questions — the same rule as their study queue (db/queries/study.ts).
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { BUILTIN_COLLECTION, type UserRole } from "@/lib/domain";
import { collectionDocumentSchema } from "@/lib/collections/schema";
import type { Db } from "../client";
import { collections, questions } from "../schema";
import { selectReadableCollectionSlugs } from "./collections";
import type { TimelineEvent } from "./content";

export interface Viewer {
  id: string;
  role: UserRole;
}

/** Ids of the questions assigned to the student's classes, as a subquery. */
function selectAssignedQuestionIds(studentId: string): SQL {
  return sql`(select i.question_id from assignments a
    join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
    join quiz_set_items i on i.set_id = a.set_id)`;
}

/** Slugs of the collections the viewer may look at, as a subquery. */
function selectViewableSlugs(viewer: Viewer): SQL {
  if (viewer.role === "teacher") return selectReadableCollectionSlugs(viewer.id);
  return sql`(select ${BUILTIN_COLLECTION} union select q.collection from questions q where q.id in ${selectAssignedQuestionIds(viewer.id)})`;
}

/** The collections the viewer may pick: the built-in one first, then the viewer's own, then by title. */
export async function listViewableCollections(db: Db, { viewer }: { viewer: Viewer }): Promise<{ slug: string; title: string }[]> {
  return db
    .select({ slug: collections.slug, title: collections.title })
    .from(collections)
    .where(sql`${collections.slug} in ${selectViewableSlugs(viewer)}`)
    .orderBy(
      sql`case when ${collections.slug} = ${BUILTIN_COLLECTION} then 0 when ${collections.ownerId} = ${viewer.id} then 1 else 2 end`,
      asc(collections.title),
    );
}

/** Whether the viewer may look at the collection (false for an unknown one as for a forbidden one). */
export async function canViewCollection(db: Db, { slug, viewer }: { slug: string; viewer: Viewer }): Promise<boolean> {
  const [row] = await db
    .select({ slug: collections.slug })
    .from(collections)
    .where(and(eq(collections.slug, slug), sql`${collections.slug} in ${selectViewableSlugs(viewer)}`));
  return row !== undefined;
}

export interface CollectionTimeline {
  title: string;
  events: TimelineEvent[];
  topics: { topic: string; events: number }[];
}

/**
 * A (non built-in) collection's events in date order with their sources and active questions,
 * and its topics; null when the viewer may not look at it. A student gets only the events
 * of questions assigned to them, and only those questions.
 */
export async function listCollectionTimeline(
  db: Db,
  { slug, viewer }: { slug: string; viewer: Viewer },
): Promise<CollectionTimeline | null> {
  const [row] = await db
    .select({ title: collections.title, document: collections.document })
    .from(collections)
    .where(and(eq(collections.slug, slug), sql`${collections.slug} in ${selectViewableSlugs(viewer)}`));
  if (!row) return null;
  const document = collectionDocumentSchema.parse(row.document);
  const rows = await db
    .select({ id: questions.id, type: questions.type, prompt: questions.prompt, eventIds: sql<string[]>`${questions.payload}->'eventIds'` })
    .from(questions)
    .where(
      and(
        eq(questions.collection, slug),
        isNull(questions.retiredAt),
        viewer.role === "teacher" ? undefined : inArray(questions.id, selectAssignedQuestionIds(viewer.id)),
      ),
    )
    .orderBy(asc(questions.position));
  const byEvent = new Map<string, TimelineEvent["questions"]>();
  for (const q of rows) {
    for (const slugOfEvent of q.eventIds ?? [])
      byEvent.set(slugOfEvent, [...(byEvent.get(slugOfEvent) ?? []), { id: q.id, type: q.type, prompt: q.prompt }]);
  }
  const visible = document.events.filter((e) => viewer.role === "teacher" || byEvent.has(e.slug));
  const topics = new Map<string, number>();
  for (const e of visible) for (const tag of e.tags) topics.set(tag, (topics.get(tag) ?? 0) + 1);

  const entity = new Map(document.entities.map((e) => [e.id, e]));
  const source = new Map(document.sources.map((s) => [s.id, s]));
  const precisionRank = { year: 0, month: 1, day: 2 } as const;
  const events = visible
    .sort(
      (a, b) =>
        a.date.iso.padEnd(10, "-00").localeCompare(b.date.iso.padEnd(10, "-00")) ||
        precisionRank[a.date.precision] - precisionRank[b.date.precision] ||
        a.slug.localeCompare(b.slug),
    )
    .map((e): TimelineEvent => ({
      slug: e.slug,
      dateIso: e.date.iso,
      datePrecision: e.date.precision,
      dateNote: e.date.note ?? null,
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      tags: e.tags,
      actors: e.actors.flatMap((id) => {
        const a = entity.get(id);
        return a ? [{ id, name: a.name, ...(a.role ? { role: a.role } : {}) }] : [];
      }),
      places: e.places.flatMap((id) => {
        const p = entity.get(id);
        return p ? [{ id, name: p.name }] : [];
      }),
      sources: e.sources.flatMap((id) => {
        const s = source.get(id);
        return s ? [{ id, title: s.title, publisher: s.publisher, publishedOn: s.publishedOn }] : [];
      }),
      questions: byEvent.get(e.slug) ?? [],
    }));
  return {
    title: row.title,
    events,
    topics: [...topics].map(([t, n]) => ({ topic: t, events: n })).sort((a, b) => b.events - a.events || a.topic.localeCompare(b.topic)),
  };
}

/** A readable collection's topics and events, for the question bank's filters (empty if not readable). */
export async function listCollectionFilterOptions(
  db: Db,
  { slug, teacherId }: { slug: string; teacherId: string },
): Promise<{ topics: { topic: string; events: number }[]; events: { slug: string; title: string; dateIso: string }[] }> {
  const timeline = await listCollectionTimeline(db, { slug, viewer: { id: teacherId, role: "teacher" } });
  if (!timeline) return { topics: [], events: [] };
  return { topics: timeline.topics, events: timeline.events.map((e) => ({ slug: e.slug, title: e.title, dateIso: e.dateIso })) };
}
