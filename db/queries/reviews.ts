/**
 * Recording reviews: the one write path of study, for one review or a batch (an offline queue,
 * a busy classroom). Each batch is one transaction, so a rejected batch writes nothing.
 *
 * Memory is per knowledge item: an answer to any face (question) of an item moves the item's one
 * FSRS state (item_states); the log keeps the face that was shown and its item.
 *
 * Idempotent: the review id comes from the client, and a review whose id is already logged is
 * reported as a duplicate and changes nothing. Consistent under concurrency: the item rows are
 * created if missing and then locked (SELECT … FOR UPDATE) before their next states are computed,
 * so two tabs answering the same item apply one after the other; batches lock items in
 * item-id order, so two batches cannot deadlock.
 */
import { inArray } from "drizzle-orm";
import { toCardStateName, toCardStateNumber, type CardStateName } from "@/lib/domain";
import { createScheduler, toFsrsGrade, type CardState, type Scheduler } from "@/lib/scheduling";
import { foldReviewBatch, orderBatch, type BatchReview, type FoldedReview, type StoredMemory } from "@/lib/study/fold-review-batch";
import type { GradedReview } from "@/lib/study/graded-review";
import type { Db } from "../client";
import { isUniqueViolation } from "../errors";
import { inTwoTripTransaction, type TwoTripSteps } from "../two-trip-transaction";
import { BATCH_PLAN_SETTINGS, lockBatchSql, writeBatchSql, type LogRow, type StateRow } from "./review-statements";
import { questions } from "../schema";

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

/**
 * Applies graded reviews to the student's own cards (the user id comes from the session, never
 * from the reviews), with the student's desired retention; answers in the order given.
 *
 * Set-based: a batch costs two statements inside its transaction whatever its size (plus a read
 * of faces → items, before it, when the caller has not given them). The first creates the missing
 * item rows, locks the batch's item rows (one `select … for update` in item-id order, so two
 * batches cannot deadlock) and reads which ids are already logged; lib/'s `foldReviewBatch`
 * computes the next states; the second inserts every log and updates every moved item. On a
 * Postgres server the first goes out with BEGIN and the second with COMMIT: two round trips in all
 * (db/two-trip-transaction.ts). The first statement's parts share the snapshot it started with, so
 * a concurrent request with the same id, which commits while we wait for the lock, is not seen by
 * the logged-ids read: the insert then fails on that id, the transaction is rolled back, and the
 * batch is retried from the start, where the read sees it and reports a duplicate (same face and
 * student) or a conflict.
 * @throws ReviewConflictError if a review id was already used for another card or account.
 */
export async function recordReviews(
  db: Db,
  params: {
    userId: string;
    reviews: GradedReview[];
    desiredRetention: number;
    weights?: readonly number[] | null;
    /**
     * The knowledge item of each reviewed question, when the caller has just read them (the review
     * post's single read): the transaction then skips reading them again. A question's item never
     * changes, and a statement inside the transaction would see no more than this one did.
     */
    itemOf?: ReadonlyMap<string, string>;
  },
): Promise<RecordedReview[]> {
  if (params.reviews.length === 0) return [];
  const scheduler = createScheduler({ desiredRetention: params.desiredRetention, weights: params.weights });
  // 1. Faces → items (retired faces included: an offline review of one still counts). Read
  // before the transaction: a question's item never changes.
  const known = params.itemOf;
  const itemOf = known && params.reviews.every((r) => known.has(r.questionId)) ? known : await readItemsOf(db, params.reviews);
  for (let attempt = 1; ; attempt++) {
    try {
      const applied = await inTwoTripTransaction(db, (steps) => applyBatch(steps, params.userId, params.reviews, scheduler, itemOf), {
        ...(params.reviews.length <= PREPARED_BATCH_MAX ? { prepare: true, settings: BATCH_PLAN_SETTINGS } : {}),
      });
      // Answer in the order the client sent them (a repeated id reports its last application).
      const byId = new Map(applied.map((r) => [r.review.id, r]));
      return params.reviews.flatMap((r) => {
        const done = byId.get(r.id);
        return done ? [toRecordedReview(done)] : [];
      });
    } catch (error) {
      // A review id logged by another request after our read: the insert's unique violation
      // ended the transaction (rolled back), and the next attempt's read sees that log.
      const raceLost = error instanceof RaceLostError || isUniqueViolation(error, "review_logs_pkey");
      if (!raceLost || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Batches up to this size run prepared (BATCH_PLAN_SETTINGS): a single review, study's usual
 * post, skips parsing and a round trip per statement, which measured 25 % more reviews a second
 * at batch 1. A larger batch runs unnamed: under `force_custom_plan` Postgres also re-plans the
 * foreign-key checks its log insert makes, four per review, and at batch 50 that cost more
 * Postgres CPU than the parsing saved (14 against 11 ms a batch); at batch 10 the two were even.
 */
const PREPARED_BATCH_MAX = 10;

/** A review id committed by another request between our check and our insert: start again. */
class RaceLostError extends Error {}
const MAX_ATTEMPTS = 3;

async function applyBatch(
  steps: TwoTripSteps,
  userId: string,
  reviews: GradedReview[],
  scheduler: Scheduler,
  itemOf: ReadonlyMap<string, string>,
): Promise<FoldedReview[]> {
  const batch: BatchReview[] = reviews.map((review) => {
    const itemId = itemOf.get(review.questionId);
    if (!itemId) throw new Error(`recordReviews: unknown question ${review.questionId}`);
    return { review, itemId };
  });
  const questionOfId = new Map<string, string>();
  for (const { review } of batch) {
    const earlier = questionOfId.get(review.id);
    if (earlier !== undefined && earlier !== review.questionId) throw new ReviewConflictError(review.id);
    questionOfId.set(review.id, review.questionId);
  }

  // 2–4. One statement: create the item rows the student has not met yet (in item-id order, as
  // they are locked), lock every other row of the batch (one `for update` in item-id order, so two
  // batches cannot deadlock), and read which review ids are already logged. A new row starts due
  // at its first answer, which is also when the student met the item.
  const ordered = orderBatch(batch);
  const firstAnswer = new Map<string, Date>();
  for (const { itemId, review } of ordered) if (!firstAnswer.has(itemId)) firstAnswer.set(itemId, review.reviewedAt);
  const { stored, logged } = await createLockAndReadLogged(steps, userId, firstAnswer, [...questionOfId.keys()]);
  for (const row of logged) {
    if (row.userId !== userId || row.questionId !== questionOfId.get(row.id)) throw new ReviewConflictError(row.id);
  }

  // 5. The FSRS fold, in lib/.
  const folded = foldReviewBatch({ scheduler, batch, stored, alreadyLogged: new Set(logged.map((r) => r.id)) });
  const recorded = folded.reviews.filter((r) => r.status === "recorded");
  if (recorded.length === 0) return folded.reviews;

  // 6–7. The new logs and the moved items' states, as JSON recordsets.
  const logRows: LogRow[] = recorded.map(({ review, itemId, log }) => ({
    id: review.id,
    question_id: review.questionId,
    item_id: itemId,
    rating: toFsrsGrade(review.rating),
    correct: review.correct,
    mode: review.mode,
    answer: review.answer ?? null,
    response_ms: review.responseMs,
    reviewed_at: review.reviewedAt.toISOString(),
    assignment_id: review.assignmentId ?? null,
    state_before: toCardStateNumber(log.stateBefore),
    due_before: log.dueBefore?.toISOString() ?? null,
    stability_after: log.stabilityAfter,
    difficulty_after: log.difficultyAfter,
    scheduled_days: log.scheduledDays,
  }));
  const stateRows: StateRow[] = [...folded.nextStates].map(([itemId, s]) => ({
    item_id: itemId,
    due: s.due.toISOString(),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: toCardStateNumber(s.state),
    last_review: s.lastReview?.toISOString() ?? null,
  }));
  // One statement inserts every new log and updates every moved item, and the transaction ends
  // with it. The item rows are locked by step 2–4, and the logs' trigger touches only the
  // dashboard's tables, so neither part can see or disturb the other's rows. An id that another
  // request logged after step 2–4 read the logs fails the insert (the primary key): every state
  // folded after it would be built on an answer that is not ours, so nothing of this attempt is
  // kept, and recordReviews starts again.
  await steps.last(writeBatchSql(userId, logRows, stateRows));
  return folded.reviews;
}

interface LockedBatch {
  stored: Map<string, StoredMemory>;
  logged: { id: string; userId: string; questionId: string }[];
}

/**
 * Steps 2–4 of {@link applyBatch} in one statement. Its parts share one snapshot: a row another
 * request created (or an id it logged) after that snapshot is not seen here, however long the lock
 * waited. A missing row is caught below and a missed log by the insert's count; both start the
 * batch again (RaceLostError), and the next attempt's snapshot sees them.
 */
async function createLockAndReadLogged(
  steps: TwoTripSteps,
  userId: string,
  firstAnswer: ReadonlyMap<string, Date>,
  reviewIds: string[],
): Promise<LockedBatch> {
  const newRows = [...firstAnswer].map(([itemId, at]) => ({ item_id: itemId, at: at.toISOString() }));
  const itemIds = [...firstAnswer.keys()];
  // Timestamps come back as epoch milliseconds: the two drivers return timestamptz differently.
  const rows = await steps.first<{
    kind: "created" | "locked" | "logged";
    key: string;
    due_ms: number | null;
    stability: number | null;
    difficulty: number | null;
    elapsed_days: number | null;
    scheduled_days: number | null;
    learning_steps: number | null;
    reps: number | null;
    lapses: number | null;
    state: number | null;
    last_review_ms: number | null;
    log_user_id: string | null;
    log_question_id: string | null;
  }>(lockBatchSql(userId, newRows, itemIds, reviewIds));
  const stored = new Map<string, StoredMemory>();
  const logged: LockedBatch["logged"] = [];
  for (const row of rows) {
    if (row.kind === "logged") logged.push({ id: row.key, userId: row.log_user_id!, questionId: row.log_question_id! });
    else if (row.kind === "created" || row.reps === 0) stored.set(row.key, { state: null, due: firstAnswer.get(row.key)! });
    else {
      const state: CardState = {
        due: new Date(row.due_ms!),
        stability: row.stability!,
        difficulty: row.difficulty!,
        elapsedDays: row.elapsed_days!,
        scheduledDays: row.scheduled_days!,
        learningSteps: row.learning_steps!,
        reps: row.reps!,
        lapses: row.lapses!,
        state: toCardStateName(row.state!),
        lastReview: row.last_review_ms === null ? null : new Date(row.last_review_ms),
      };
      stored.set(row.key, { state, due: state.due });
    }
  }
  // A row created by another request after this statement's snapshot: neither created nor seen.
  if (itemIds.some((id) => !stored.has(id))) throw new RaceLostError();
  return { stored, logged };
}

async function readItemsOf(db: Db, reviews: GradedReview[]): Promise<Map<string, string>> {
  const faces = await db
    .select({ id: questions.id, itemId: questions.itemId })
    .from(questions)
    .where(inArray(questions.id, [...new Set(reviews.map((r) => r.questionId))]));
  return new Map(faces.map((f) => [f.id, f.itemId]));
}

function toRecordedReview(folded: FoldedReview): RecordedReview {
  return {
    id: folded.review.id,
    questionId: folded.review.questionId,
    itemId: folded.itemId,
    status: folded.status,
    due: folded.after.due.toISOString(),
    state: folded.after.state,
    lapses: folded.after.lapses,
  };
}
