/**
 * THE card_states touch-point of issue 16 (account export, workload forecast, fitting). Every read
 * of a student's memory states and every choice of "what one memory is" for fitting goes through
 * this file, so moving from per-question `card_states` to per-knowledge-item `item_states`
 * (issue 9) changes this file only.
 */
import { and, asc, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import { toCardStateName } from "@/lib/domain";
import type { CardState } from "@/lib/scheduling";
import type { TrainingLog } from "@/lib/scheduling/fit/items";
import type { Db } from "../client";
import { toCardState } from "./card-states";
import { assignments, cardStates, classes, enrollments, questions, quizSetItems, reviewLogs } from "../schema";

export interface MemoryStateRow {
  /** What the memory is of: a question today (an item after issue 9). */
  key: string;
  /** The scheduler's state; null for a row created but never reviewed. */
  state: CardState | null;
  introducedAt: Date;
}

/** All of one student's memory states, oldest introduced first (their own rows only). */
export async function listMemoryStates(db: Db, params: { userId: string }): Promise<MemoryStateRow[]> {
  const rows = await db
    .select()
    .from(cardStates)
    .where(eq(cardStates.userId, params.userId))
    .orderBy(asc(cardStates.introducedAt), asc(cardStates.questionId));
  return rows.map((row) => ({ key: row.questionId, state: toCardState(row), introducedAt: row.introducedAt }));
}

/** How many live items the student has never started (what new-per-day draws from). */
export async function countUnstartedItems(db: Db, params: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(questions)
    .where(
      and(
        isNull(questions.retiredAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(cardStates)
            .where(and(eq(cardStates.userId, params.userId), eq(cardStates.questionId, questions.id))),
        ),
      ),
    );
  return row?.n ?? 0;
}

/**
 * The memory a review log row trains: one FSRS history per (student, memory key). Today the key
 * is the question (card_states' key); after issue 9 it becomes `review_logs.item_id`.
 */
export const trainingMemoryKey = sql<string>`${reviewLogs.userId}::text || ':' || ${reviewLogs.questionId}`;

/** Whose reviews to train on: everyone's, one class's students', or one student's. */
export type TrainingScope = { scope: "global" } | { scope: "class"; classId: string } | { scope: "student"; userId: string };

/**
 * Review logs reduced to what fitting needs, keyed by memory ({@link trainingMemoryKey}), in time
 * order. A class means all reviews of the students enrolled in it (their memory, not only the
 * class's assignments).
 */
export async function listTrainingLogs(db: Db, params: TrainingScope): Promise<TrainingLog[]> {
  const where =
    params.scope === "global"
      ? undefined
      : params.scope === "student"
        ? eq(reviewLogs.userId, params.userId)
        : inArray(
            reviewLogs.userId,
            db.select({ id: enrollments.studentId }).from(enrollments).where(eq(enrollments.classId, params.classId)),
          );
  const rows = await db
    .select({ key: trainingMemoryKey, reviewedAt: reviewLogs.reviewedAt, rating: reviewLogs.rating })
    .from(reviewLogs)
    .where(where)
    .orderBy(asc(reviewLogs.reviewedAt), asc(reviewLogs.id));
  return rows;
}

/**
 * The memory states of a class's students for the questions of the class's assignments, for the
 * teacher's predicted-recall chart. Only the teacher's own class (the teacher id is in the query).
 */
export async function listClassAssignmentMemory(
  db: Db,
  params: { teacherId: string; classId: string },
): Promise<Pick<CardState, "state" | "stability" | "lastReview">[]> {
  const rows = await db
    .select({ state: cardStates.state, stability: cardStates.stability, lastReview: cardStates.lastReview, reps: cardStates.reps })
    .from(cardStates)
    .innerJoin(enrollments, and(eq(enrollments.studentId, cardStates.userId), eq(enrollments.classId, params.classId)))
    .innerJoin(classes, and(eq(classes.id, enrollments.classId), eq(classes.teacherId, params.teacherId)))
    .where(
      inArray(
        cardStates.questionId,
        db
          .selectDistinct({ id: quizSetItems.questionId })
          .from(quizSetItems)
          .innerJoin(assignments, eq(assignments.setId, quizSetItems.setId))
          .where(eq(assignments.classId, params.classId)),
      ),
    );
  return rows.map((r) => ({
    state: r.reps === 0 ? ("new" as const) : toCardStateName(r.state),
    stability: r.stability,
    lastReview: r.lastReview,
  }));
}
