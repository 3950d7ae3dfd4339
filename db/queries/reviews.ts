/**
 * Recording reviews: the one write path of study, for one review or a batch (an offline queue,
 * a busy classroom). Each batch is one transaction, so a rejected batch writes nothing.
 *
 * Memory is per knowledge item: an answer to any face (question) of an item moves the item's one
 * FSRS state (item_states); the log keeps the face that was shown and its item.
 *
 * Idempotent: the review id comes from the client, and a review whose id is already logged is
 * reported as a duplicate and changes nothing. Consistent under concurrency: the item row is
 * created if missing and then locked (SELECT … FOR UPDATE) before its next state is computed,
 * so two tabs answering the same item apply one after the other; batches lock items in
 * item-id order, so two batches cannot deadlock.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { toCardStateName, toCardStateNumber, type CardStateName } from "@/lib/domain";
import { createScheduler, toFsrsGrade } from "@/lib/scheduling";
import type { GradedReview } from "@/lib/study/graded-review";
import type { Db } from "../client";
import { stateColumns, toCardState, type ItemStateRow } from "./item-states";
import { itemStates, questions, reviewLogs } from "../schema";

export interface RecordedReview {
  id: string;
  questionId: string;
  /** The knowledge item whose memory the answer moved. */
  itemId: string;
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

  const results = await db.transaction(async (tx) => {
    const faces = reviews.length
      ? await tx
          .select({ id: questions.id, itemId: questions.itemId })
          .from(questions)
          .where(inArray(questions.id, [...new Set(reviews.map((r) => r.questionId))]))
      : [];
    const itemOf = new Map(faces.map((f) => [f.id, f.itemId]));
    const withItems = reviews.map((review) => {
      const itemId = itemOf.get(review.questionId);
      if (!itemId) throw new Error(`recordReviews: unknown question ${review.questionId}`);
      return { review, itemId };
    });
    const ordered = withItems.sort(
      (a, b) =>
        compareIds(a.itemId, b.itemId) ||
        a.review.reviewedAt.getTime() - b.review.reviewedAt.getTime() ||
        compareIds(a.review.id, b.review.id),
    );
    const out: RecordedReview[] = [];
    for (const { review, itemId } of ordered) {
      const [existing] = await tx
        .select({ userId: reviewLogs.userId, questionId: reviewLogs.questionId })
        .from(reviewLogs)
        .where(eq(reviewLogs.id, review.id));
      if (existing && (existing.userId !== userId || existing.questionId !== review.questionId)) {
        throw new ReviewConflictError(review.id);
      }

      const key = and(eq(itemStates.userId, userId), eq(itemStates.itemId, itemId));
      await tx
        .insert(itemStates)
        .values({
          userId,
          itemId,
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
      const [card] = await tx.select().from(itemStates).where(key).for("update");
      if (!card) throw new Error("item row vanished inside its transaction");

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
          itemId,
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
        .update(itemStates)
        .set({ ...stateColumns(next), updatedAt: sql`now()` })
        .where(key)
        .returning();
      if (!updated) throw new Error("item row vanished inside its transaction");
      out.push(toRecordedReview(review, updated, "recorded"));
    }
    return out;
  });
  // Answer in the order the client sent them.
  const byId = new Map(results.map((r) => [r.id, r]));
  return reviews.map((r) => byId.get(r.id)).filter((r): r is RecordedReview => r !== undefined);
}

/** Code-unit order, the same in every locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toRecordedReview(review: GradedReview, card: ItemStateRow, status: RecordedReview["status"]): RecordedReview {
  return {
    id: review.id,
    questionId: review.questionId,
    itemId: card.itemId,
    status,
    due: card.due.toISOString(),
    state: toCardStateName(card.state),
    lapses: card.lapses,
  };
}
