/**
 * Recording reviews: the one write path of study, for one review or a batch (an offline queue,
 * a busy classroom). Each batch is one transaction, so a rejected batch writes nothing.
 *
 * Idempotent: the review id comes from the client, and a review whose id is already logged is
 * reported as a duplicate and changes nothing. Consistent under concurrency: the card row is
 * created if missing and then locked (SELECT … FOR UPDATE) before its next state is computed,
 * so two tabs answering the same card apply one after the other; batches lock cards in
 * question-id order, so two batches cannot deadlock.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { createScheduler, type CardState } from "@/lib/scheduling";
import type { Db } from "../client";
import { rowToCardState } from "./card-states";
import { cardStates, CARD_STATE, questions, reviewLogs } from "../schema";

export type RatingName = "again" | "hard" | "good" | "easy";
const RATING_NUMBER: Record<RatingName, number> = { again: 1, hard: 2, good: 3, easy: 4 };
const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;

/** A review ready to apply: already validated, graded and rated by the caller. */
export interface GradedReview {
  id: string;
  questionId: string;
  mode: "flashcard" | "quiz";
  rating: RatingName;
  correct: boolean;
  answer: unknown;
  responseMs: number;
  reviewedAt: Date;
  /** The assignment this review counts towards (derived on the server), or null. */
  assignmentId?: string | null;
}

export interface RecordedReview {
  id: string;
  questionId: string;
  status: "recorded" | "duplicate";
  due: string;
  state: CardState["state"];
  lapses: number;
}

export class ReviewConflictError extends Error {
  constructor(readonly reviewId: string) {
    super(`Review id ${reviewId} was already used for another card or account.`);
    this.name = "ReviewConflictError";
  }
}

type CardRow = typeof cardStates.$inferSelect;

/** Which of these question ids exist (retired ones included: an offline review of one still counts). */
export async function findExistingQuestionIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(inArray(questions.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

export async function recordReviews(
  db: Db,
  userId: string,
  reviews: GradedReview[],
  options: { desiredRetention: number },
): Promise<RecordedReview[]> {
  const scheduler = createScheduler({ desiredRetention: options.desiredRetention });
  const ordered = [...reviews].sort((a, b) => a.questionId.localeCompare(b.questionId) || a.reviewedAt.getTime() - b.reviewedAt.getTime());

  const results = await db.transaction(async (tx) => {
    const out: RecordedReview[] = [];
    for (const review of ordered) {
      const [existing] = await tx
        .select({ userId: reviewLogs.userId, questionId: reviewLogs.questionId })
        .from(reviewLogs)
        .where(eq(reviewLogs.id, review.id));
      if (existing && (existing.userId !== userId || existing.questionId !== review.questionId)) {
        throw new ReviewConflictError(review.id);
      }

      const key = and(eq(cardStates.userId, userId), eq(cardStates.questionId, review.questionId));
      await tx
        .insert(cardStates)
        .values({
          userId,
          questionId: review.questionId,
          due: review.reviewedAt,
          stability: 0,
          difficulty: 0,
          elapsedDays: 0,
          scheduledDays: 0,
          learningSteps: 0,
          reps: 0,
          lapses: 0,
          state: CARD_STATE.new,
          lastReview: null,
          introducedAt: review.reviewedAt,
        })
        .onConflictDoNothing();
      const [card] = await tx.select().from(cardStates).where(key).for("update");
      if (!card) throw new Error("card row vanished inside its transaction");

      if (existing) {
        out.push(describe(review, card, "duplicate"));
        continue;
      }
      const { state: next, log } = scheduler.review(rowToCardState(card), review.rating, review.reviewedAt);
      const inserted = await tx
        .insert(reviewLogs)
        .values({
          id: review.id,
          userId,
          questionId: review.questionId,
          rating: RATING_NUMBER[review.rating],
          correct: review.correct,
          mode: review.mode,
          answer: review.answer ?? null,
          responseMs: review.responseMs,
          reviewedAt: review.reviewedAt,
          assignmentId: review.assignmentId ?? null,
          stateBefore: card.state,
          dueBefore: card.reps === 0 ? null : card.due,
          stabilityAfter: next.stability,
          difficultyAfter: next.difficulty,
          scheduledDays: log.scheduledDays,
        })
        .onConflictDoNothing({ target: reviewLogs.id })
        .returning({ id: reviewLogs.id });
      if (inserted.length === 0) {
        // The same id committed by a concurrent request between our check and insert.
        out.push(describe(review, card, "duplicate"));
        continue;
      }
      const [updated] = await tx
        .update(cardStates)
        .set({
          due: next.due,
          stability: next.stability,
          difficulty: next.difficulty,
          elapsedDays: next.elapsedDays,
          scheduledDays: next.scheduledDays,
          learningSteps: next.learningSteps,
          reps: next.reps,
          lapses: next.lapses,
          state: STATE_NAMES.indexOf(next.state),
          lastReview: next.lastReview,
        })
        .where(key)
        .returning();
      if (!updated) throw new Error("card row vanished inside its transaction");
      out.push(describe(review, updated, "recorded"));
    }
    return out;
  });
  // Answer in the order the client sent them.
  const byId = new Map(results.map((r) => [r.id, r]));
  return reviews.map((r) => byId.get(r.id)).filter((r): r is RecordedReview => r !== undefined);
}

function describe(review: GradedReview, card: CardRow, status: RecordedReview["status"]): RecordedReview {
  return {
    id: review.id,
    questionId: review.questionId,
    status,
    due: card.due.toISOString(),
    state: STATE_NAMES[card.state] ?? "new",
    lapses: card.lapses,
  };
}

/** Used by tests and the progress page: raw count of a user's logs. */
export async function countReviews(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reviewLogs)
    .where(eq(reviewLogs.userId, userId));
  return row?.n ?? 0;
}
