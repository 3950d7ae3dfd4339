/**
 * Reads for a student's study queue, all filtered by the student's own id, each one indexed
 * query: due cards by (user_id, due), new cards by an anti-join on the card_states primary key.
 */
import { and, asc, eq, gt, gte, inArray, isNull, lte, min, notExists, sql, type SQL } from "drizzle-orm";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from "@/lib/scheduling";
import type { Db } from "../client";
import { cardStates, questionEvents, questions, reviewLogs, studentSettings } from "../schema";

/** The student's scheduling settings, or the defaults if they never changed them. */
export async function getStudySettings(db: Db, userId: string): Promise<StudySettings> {
  const [row] = await db
    .select({
      desiredRetention: studentSettings.desiredRetention,
      newPerDay: studentSettings.newPerDay,
      reviewCap: studentSettings.reviewCap,
    })
    .from(studentSettings)
    .where(eq(studentSettings.userId, userId));
  return row ?? DEFAULT_STUDY_SETTINGS;
}

/** Saves the student's own settings (already validated by `studySettingsSchema`). */
export async function saveStudySettings(db: Db, params: { userId: string; settings: StudySettings }): Promise<void> {
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

/** Conditions on `questions` for a practice scope (a topic from the timeline, or one event). */
function buildScopeConditions({ scope, userId }: { scope: StudyScope; userId: string }): SQL[] {
  const conditions: SQL[] = [
    isNull(questions.retiredAt),
    // A teacher's collection reaches a student only through an assignment to one of their classes.
    sql`(${questions.collection} = ${BUILTIN_COLLECTION} or ${questions.id} in (select i.question_id from assignments a
          join enrollments e on e.class_id = a.class_id and e.student_id = ${userId}
          join quiz_set_items i on i.set_id = a.set_id))`,
  ];
  if (scope.topic) conditions.push(sql`${questions.tags} @> array[${scope.topic}]::text[]`);
  if (scope.event) {
    conditions.push(
      sql`${questions.id} in (select ${questionEvents.questionId} from ${questionEvents} where ${questionEvents.eventSlug} = ${scope.event})`,
    );
  }
  if (scope.assignment) {
    // Only an assignment of a class the student is in: someone else's id matches no question.
    conditions.push(
      sql`${questions.id} in (select i.question_id from assignments a
            join enrollments e on e.class_id = a.class_id and e.student_id = ${userId}
            join quiz_set_items i on i.set_id = a.set_id where a.id = ${scope.assignment})`,
    );
  }
  return conditions;
}

export interface QueueInputs {
  dueCards: { questionId: string; due: Date; lapses: number }[];
  nextDueAt: Date | null;
  newCandidates: string[];
  newIntroducedToday: number;
  reviewsDoneToday: number;
}

/**
 * What the daily queue is built from, for the student's own cards in a scope: due cards (at most
 * `maxDue`, most overdue first), the next due date after `now`, never-seen questions (at most
 * `maxNew`, assigned ones first), and what was already done since `dayStart`.
 */
export async function loadQueueInputs(
  db: Db,
  params: { userId: string; now: Date; dayStart: Date; scope: StudyScope; maxDue: number; maxNew: number; assignedIds?: string[] },
): Promise<QueueInputs> {
  const { userId, ...options } = params;
  const scoped = and(...buildScopeConditions({ scope: options.scope, userId }));
  const mine = eq(cardStates.userId, userId);
  const [dueCards, [next], newRows, [introduced], [done]] = await Promise.all([
    db
      .select({ questionId: cardStates.questionId, due: cardStates.due, lapses: cardStates.lapses })
      .from(cardStates)
      .innerJoin(questions, eq(questions.id, cardStates.questionId))
      .where(and(mine, lte(cardStates.due, options.now), scoped))
      .orderBy(asc(cardStates.due), asc(cardStates.questionId))
      .limit(options.maxDue),
    db
      .select({ at: min(cardStates.due) })
      .from(cardStates)
      .innerJoin(questions, eq(questions.id, cardStates.questionId))
      .where(and(mine, gt(cardStates.due, options.now), scoped)),
    db
      .select({ id: questions.id })
      .from(questions)
      .where(
        and(
          scoped,
          notExists(
            db
              .select({ one: sql`1` })
              .from(cardStates)
              .where(and(mine, eq(cardStates.questionId, questions.id))),
          ),
        ),
      )
      // Assigned questions first, so the daily new-card limit cannot crowd them out.
      .orderBy(
        ...(options.assignedIds?.length ? [sql`case when ${inArray(questions.id, options.assignedIds)} then 0 else 1 end`] : []),
        asc(questions.position),
      )
      .limit(options.maxNew),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(cardStates)
      .where(and(mine, gte(cardStates.introducedAt, options.dayStart))),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(reviewLogs)
      .where(and(eq(reviewLogs.userId, userId), gte(reviewLogs.reviewedAt, options.dayStart))),
  ]);
  return {
    dueCards,
    nextDueAt: next?.at ?? null,
    newCandidates: newRows.map((r) => r.id),
    newIntroducedToday: introduced?.n ?? 0,
    reviewsDoneToday: done?.n ?? 0,
  };
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
