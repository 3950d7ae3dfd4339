/**
 * Reads for a student's study queue, all filtered by the student's own id, each one indexed
 * query: due items and the next due date by item_states (user_id, due), new items by the active
 * items in study order minus the student's (hashed) item ids, items introduced today by
 * (user_id, introduced_at), reviews today by review_logs (user_id, reviewed_at).
 */
import { and, asc, eq, gt, gte, inArray, isNull, lte, ne, notInArray, sql, type SQL } from "drizzle-orm";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";
import { DEFAULT_STUDY_SETTINGS, type CardState, type StudySettings } from "@/lib/scheduling";
import type { Db } from "../client";
import { toCardState } from "./item-states";
import { itemStates, knowledgeItems, questions, reviewLogs, studentSettings } from "../schema";
import { unflaggedBySetOwner, withoutOpenFlagsOfAssignmentTeacher } from "./question-flags";

/** The student's scheduling settings, or the defaults if they never changed them. */
export async function getStudySettings(db: Db, userId: string): Promise<StudySettings> {
  const [row] = await db
    .select({
      desiredRetention: studentSettings.desiredRetention,
      newPerDay: studentSettings.newPerDay,
      reviewCap: studentSettings.reviewCap,
      dayStartHour: studentSettings.dayStartHour,
      timeZone: studentSettings.timeZone,
    })
    .from(studentSettings)
    .where(eq(studentSettings.userId, userId));
  return row ?? DEFAULT_STUDY_SETTINGS;
}

/**
 * Saves the student's own settings (already validated by `studySettingsSchema`). The day's start
 * and time zone may be left out: they keep their stored value (or the default).
 */
export async function saveStudySettings(
  db: Db,
  params: { userId: string; settings: Omit<StudySettings, "dayStartHour" | "timeZone"> & Partial<StudySettings> },
): Promise<void> {
  const { userId, settings } = params;
  await db
    .insert(studentSettings)
    .values({ userId, ...settings })
    .onConflictDoUpdate({ target: studentSettings.userId, set: { ...settings, updatedAt: sql`now()` } });
}

export interface StudyScope {
  topic?: string;
  event?: string;
  /** One assignment's set; the caller must pass the student's own id alongside. */
  assignment?: string;
}

/** Which items a session may hold: flashcards never show ordering or matching exercises. */
export type StudyMode = "quiz" | "flashcard";

/**
 * Conditions on `knowledge_items` for a practice scope (a topic from the timeline, one event, or
 * one assignment's set) and mode. Each condition is one SQL expression: a new filter is one more push.
 */
function buildItemScopeConditions({ scope, userId, mode }: { scope: StudyScope; userId: string; mode: StudyMode }): SQL[] {
  const conditions: SQL[] = [
    isNull(knowledgeItems.retiredAt),
    // A teacher's collection reaches a student only through an assignment to one of their classes.
    sql`exists (select 1 from questions cq where cq.item_id = ${knowledgeItems.id}
                 and (cq.collection = ${BUILTIN_COLLECTION} or cq.id in (select i.question_id from assignments a
                      join enrollments e on e.class_id = a.class_id and e.student_id = ${userId}
                      join quiz_set_items i on i.set_id = a.set_id)))`,
  ];
  if (mode === "flashcard") conditions.push(ne(knowledgeItems.kind, "exercise"));
  if (scope.topic) conditions.push(sql`${knowledgeItems.tags} @> array[${scope.topic}]::text[]`);
  if (scope.event) conditions.push(sql`${knowledgeItems.eventSlugs} @> array[${scope.event}]::text[]`);
  if (scope.assignment) {
    // Only an assignment of a class the student is in: someone else's id matches no item.
    // Flagged questions: the set owner's open flags leave the session (db/queries/question-flags.ts).
    conditions.push(
      sql`${knowledgeItems.id} in (select q.item_id from assignments a
            join enrollments e on e.class_id = a.class_id and e.student_id = ${userId}
            join quiz_set_items i on i.set_id = a.set_id
            join questions q on q.id = i.question_id where a.id = ${scope.assignment} and ${unflaggedBySetOwner("i")})`,
    );
  }
  return conditions;
}

export interface QueueInputs {
  /** Due items with their stored memory (so the queue needs no second read of item_states). */
  dueItems: { itemId: string; due: Date; lapses: number; state: CardState | null }[];
  nextDueAt: Date | null;
  newCandidates: string[];
  /** Items (among the due and new ones) asked by a question a teacher assigned. */
  assignedItemIds: string[];
  newIntroducedToday: number;
  reviewsDoneToday: number;
}

/**
 * What the daily queue is built from, for the student's own knowledge items in a scope: items due
 * (every due item of an assigned question, plus at most `maxDue` others, most overdue first), the
 * next due date after `now`, never-met items (at most `maxNew`, those of assigned questions first,
 * then in study order), and what was already done since `dayStart`. Items in `excludeItemIds`
 * (an open scored quiz's facts) are left out in SQL, before the limits, so they never crowd out
 * the items after them. Each read is one indexed query on the student's own rows; the due read
 * walks (user_id, due) and stops after `maxDue` rows, so it does not grow with the backlog.
 */
export async function loadQueueInputs(
  db: Db,
  params: {
    userId: string;
    now: Date;
    dayStart: Date;
    scope: StudyScope;
    mode?: StudyMode;
    maxDue: number;
    maxNew: number;
    /** Question ids a teacher assigned: their items come first among due and new ones. */
    assignedIds?: string[];
    /** Items never to include (the facts of an open scored quiz). */
    excludeItemIds?: ReadonlySet<string>;
  },
): Promise<QueueInputs> {
  const { userId, ...options } = params;
  const excluded = [...(options.excludeItemIds ?? [])];
  const scoped = and(
    ...buildItemScopeConditions({ scope: options.scope, userId, mode: options.mode ?? "quiz" }),
    excluded.length ? notInArray(knowledgeItems.id, excluded) : undefined,
  );
  const mine = eq(itemStates.userId, userId);
  const assignedItems = options.assignedIds?.length
    ? sql<boolean>`${knowledgeItems.id} in (select ${questions.itemId} from ${questions} where ${inArray(questions.id, options.assignedIds)})`
    : sql<boolean>`false`;
  const dueNow = and(mine, lte(itemStates.due, options.now), scoped);
  const [dueItems, dueAssigned, [next], newRows, [introduced], [done]] = await Promise.all([
    db
      .select({ row: itemStates, assigned: assignedItems })
      .from(itemStates)
      .innerJoin(knowledgeItems, eq(knowledgeItems.id, itemStates.itemId))
      .where(dueNow)
      .orderBy(asc(itemStates.due), asc(itemStates.itemId))
      .limit(options.maxDue),
    // Assigned items lead the queue however overdue the others are, so they are read apart (a few
    // rows through the primary key) rather than by reading every due item to sort them first.
    options.assignedIds?.length
      ? db
          .select({ row: itemStates, assigned: sql<boolean>`true` })
          .from(itemStates)
          .innerJoin(knowledgeItems, eq(knowledgeItems.id, itemStates.itemId))
          .where(and(dueNow, assignedItems))
      : Promise.resolve([]),
    // The first due date after now: walks (user_id, due) from now and stops at the first in scope.
    db
      .select({ at: itemStates.due })
      .from(itemStates)
      .innerJoin(knowledgeItems, eq(knowledgeItems.id, itemStates.itemId))
      .where(and(mine, gt(itemStates.due, options.now), scoped))
      .orderBy(asc(itemStates.due))
      .limit(1),
    db
      .select({ id: knowledgeItems.id, assigned: assignedItems })
      .from(knowledgeItems)
      .where(
        and(
          scoped,
          // Not met: one hashed set of the student's item ids (NOT EXISTS probed the primary key once per met item).
          notInArray(knowledgeItems.id, db.select({ id: itemStates.itemId }).from(itemStates).where(mine)),
        ),
      )
      // Assigned items first, so the daily new-item limit cannot crowd them out.
      .orderBy(...(options.assignedIds?.length ? [sql`case when ${assignedItems} then 0 else 1 end`] : []), asc(knowledgeItems.position))
      .limit(options.maxNew),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(itemStates)
      .where(and(mine, gte(itemStates.introducedAt, options.dayStart))),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(reviewLogs)
      .where(and(eq(reviewLogs.userId, userId), gte(reviewLogs.reviewedAt, options.dayStart))),
  ]);
  const due = [...dueAssigned, ...dueItems.filter((r) => !r.assigned)];
  return {
    dueItems: due.map(({ row }) => ({ itemId: row.itemId, due: row.due, lapses: row.lapses, state: toCardState(row) })),
    nextDueAt: next?.at ?? null,
    newCandidates: newRows.map((r) => r.id),
    assignedItemIds: [...dueAssigned.map((r) => r.row.itemId), ...newRows.filter((r) => r.assigned).map((r) => r.id)],
    newIntroducedToday: introduced?.n ?? 0,
    reviewsDoneToday: done?.n ?? 0,
  };
}

/**
 * The active questions (faces) of some knowledge items, by item id, with their item and reveals
 * from the database columns (the authority). Filters on which faces may be shown go here.
 */
export async function loadItemFaces(
  db: Db,
  params: { itemIds: string[]; assignment?: string; preferred?: ReadonlySet<string> },
): Promise<Map<string, Question[]>> {
  const out = new Map<string, Question[]>();
  if (params.itemIds.length === 0) return out;
  const conditions = [inArray(questions.itemId, [...new Set(params.itemIds)]), isNull(questions.retiredAt)];
  if (params.assignment) {
    // An assignment's session asks the questions the teacher chose (memory is still per item),
    // never one the set's teacher has flagged.
    conditions.push(
      sql`${questions.id} in (select i.question_id from assignments a join quiz_set_items i on i.set_id = a.set_id where a.id = ${params.assignment})`,
      withoutOpenFlagsOfAssignmentTeacher(params.assignment),
    );
  }
  const rows = await db
    .select({ itemId: questions.itemId, reveals: questions.reveals, payload: questions.payload })
    .from(questions)
    .where(and(...conditions))
    .orderBy(asc(questions.position));
  for (const row of rows) {
    const faces = out.get(row.itemId) ?? [];
    faces.push({ ...row.payload, itemId: row.itemId, reveals: row.reveals });
    out.set(row.itemId, faces);
  }
  // An item with an assigned question is asked by it, so the review counts where the teacher looks.
  if (params.preferred && params.preferred.size > 0) {
    for (const [itemId, faces] of out) {
      const assigned = faces.filter((q) => params.preferred?.has(q.id));
      if (assigned.length > 0) out.set(itemId, assigned);
    }
  }
  return out;
}

/** Question payloads by id, in the order asked. */
export async function getQuestionsByIds(db: Db, ids: string[]): Promise<Question[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: questions.id, payload: questions.payload })
    .from(questions)
    .where(inArray(questions.id, [...new Set(ids)]));
  const byId = new Map(rows.map((r) => [r.id, r.payload]));
  return ids.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
}
