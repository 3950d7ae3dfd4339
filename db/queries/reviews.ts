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
import { and, eq, inArray } from "drizzle-orm";
import { toCardStateName, toCardStateNumber, type CardStateName } from "@/lib/domain";
import { createScheduler, toFsrsGrade } from "@/lib/scheduling";
import type { GradedReview } from "@/lib/study/graded-review";
import type { Db } from "../client";
import { toCardState } from "./card-states";
import { cardStates, questions, reviewLogs } from "../schema";

export interface RecordedReview {
  id: string;
  questionId: string;
  status: "recorded" | "duplicate";
  due: string;
  state: CardStateName;
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

/**
 * Applies graded reviews to the student's own cards (the user id comes from the session, never
 * from the reviews), with the student's desired retention; answers in the order given.
 * @throws ReviewConflictError if a review id was already used for another card or account.
 */
export async function recordReviews(
  db: Db,
  params: { userId: string; reviews: GradedReview[]; desiredRetention: number; weights?: readonly number[] | null },
): Promise<RecordedReview[]> {
  const { userId, reviews } = params;
  const scheduler = createScheduler({ desiredRetention: params.desiredRetention, weights: params.weights });
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
          state: toCardStateNumber("new"),
          lastReview: null,
          introducedAt: review.reviewedAt,
        })
        .onConflictDoNothing();
      const [card] = await tx.select().from(cardStates).where(key).for("update");
      if (!card) throw new Error("card row vanished inside its transaction");

      if (existing) {
        out.push(toRecordedReview(review, card, "duplicate"));
        continue;
      }
      const { state: next, log } = scheduler.review(toCardState(card), review.rating, review.reviewedAt);
      const inserted = await tx
        .insert(reviewLogs)
        .values({
          id: review.id,
          userId,
          questionId: review.questionId,
          rating: toFsrsGrade(review.rating),
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
        out.push(toRecordedReview(review, card, "duplicate"));
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
          state: toCardStateNumber(next.state),
          lastReview: next.lastReview,
        })
        .where(key)
        .returning();
      if (!updated) throw new Error("card row vanished inside its transaction");
      out.push(toRecordedReview(review, updated, "recorded"));
    }
    return out;
  });
  // Answer in the order the client sent them.
  const byId = new Map(results.map((r) => [r.id, r]));
  return reviews.map((r) => byId.get(r.id)).filter((r): r is RecordedReview => r !== undefined);
}

function toRecordedReview(review: GradedReview, card: CardRow, status: RecordedReview["status"]): RecordedReview {
  return {
    id: review.id,
    questionId: review.questionId,
    status,
    due: card.due.toISOString(),
    state: toCardStateName(card.state),
    lapses: card.lapses,
  };
}
