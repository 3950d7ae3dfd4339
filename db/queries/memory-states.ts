/**
 * The memory touch-point of issue 16 (account export, workload forecast, fitting): every read of a
 * student's memory states (item_states: one per student per knowledge item) and every choice of
 * "what one memory is" for fitting goes through this file.
 */
import { and, asc, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import { toCardStateName } from "@/lib/domain";
import type { CardState } from "@/lib/scheduling";
import type { TrainingLog } from "@/lib/scheduling/fit/items";
import type { Db } from "../client";
import { toCardState } from "./item-states";
import { assignments, classes, enrollments, itemStates, knowledgeItems, questions, quizSetItems, reviewLogs } from "../schema";

export interface MemoryStateRow {
  /** What the memory is of: a knowledge item. */
  key: string;
  /** The scheduler's state; null for a row created but never reviewed. */
  state: CardState | null;
  introducedAt: Date;
}

/** All of one student's memory states, oldest introduced first (their own rows only). */
export async function listMemoryStates(db: Db, params: { userId: string }): Promise<MemoryStateRow[]> {
  const rows = await db
    .select()
    .from(itemStates)
    .where(eq(itemStates.userId, params.userId))
    .orderBy(asc(itemStates.introducedAt), asc(itemStates.itemId));
  return rows.map((row) => ({ key: row.itemId, state: toCardState(row), introducedAt: row.introducedAt }));
}

/** How many live items the student has never started (what new-per-day draws from). */
export async function countUnstartedItems(db: Db, params: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(knowledgeItems)
    .where(
      and(
        isNull(knowledgeItems.retiredAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(itemStates)
            .where(and(eq(itemStates.userId, params.userId), eq(itemStates.itemId, knowledgeItems.id))),
        ),
      ),
    );
  return row?.n ?? 0;
}

/**
 * The memory a review log row trains: one FSRS history per (student, knowledge item), as the
 * scheduler keeps it (all faces of a fact share one memory).
 */
export const trainingMemoryKey = sql<string>`${reviewLogs.userId}::text || ':' || ${reviewLogs.itemId}`;

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
    .select({ state: itemStates.state, stability: itemStates.stability, lastReview: itemStates.lastReview, reps: itemStates.reps })
    .from(itemStates)
    .innerJoin(enrollments, and(eq(enrollments.studentId, itemStates.userId), eq(enrollments.classId, params.classId)))
    .innerJoin(classes, and(eq(classes.id, enrollments.classId), eq(classes.teacherId, params.teacherId)))
    .where(
      inArray(
        itemStates.itemId,
        db
          .selectDistinct({ id: questions.itemId })
          .from(quizSetItems)
          .innerJoin(questions, eq(questions.id, quizSetItems.questionId))
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
