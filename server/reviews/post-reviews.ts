/**
 * POST /api/reviews: record one or more reviews of the caller's own cards, idempotent by id.
 * Served from pages/api/reviews.ts (server/auth/node-api.ts says why); the card that changes is
 * always the caller's own: the user id comes from the session, never from the body.
 */
import { getDb } from "@/db";
import { recordReviews, ReviewConflictError } from "@/db/queries/reviews";
import { loadReviewContext } from "@/db/queries/review-context";
import { REFUSAL_MESSAGES } from "@/db/queries/reviewable";
import { ApiError, parseJson } from "@/server/auth/api";
import type { NodeApiRequest } from "@/server/auth/node-api";
import { consumeRateLimit } from "@/server/rate-limit/limiter";
import { gradeSubmissions } from "@/lib/study/grade-submissions";
import { reviewBatchSchema } from "@/lib/validation/reviews";

export async function postReviews({ user, body }: NodeApiRequest) {
  const db = await getDb();
  // Grading needs the payloads; unknown ids are reported by name. The card that changes is
  // always the caller's own: the user id comes from the session, never from the body.
  const now = new Date();
  // Every post is counted, a malformed one too, and a refused count answers 429 whatever the body.
  // The count runs beside the body's parsing and the context read (two database round trips at
  // once, not one after the other); nothing is written before both have answered. A key already
  // over its limit is refused from memory at once, and the flag then skips the context read.
  let refusedEarly = false;
  const counted = consumeRateLimit("reviewPostsPerUser", user.id, { what: "Too many answers sent at once." }).catch((refusal: unknown) => {
    refusedEarly = true;
    throw refusal;
  });
  const read = body()
    .then((text) => parseJson(text, reviewBatchSchema))
    .then(async ({ reviews }) => {
      if (refusedEarly) return null;
      // Retired questions included: an offline review of one still counts. One statement reads the
      // payloads, refusals, assignments, desired retention and the most specific adopted fitted
      // parameter set (student, class, global; else the defaults).
      const context = await loadReviewContext(db, { studentId: user.id, questionIds: reviews.map((r) => r.questionId), now });
      return { reviews, context };
    });
  const [count, readResult] = await Promise.allSettled([counted, read]);
  if (count.status === "rejected") throw count.reason;
  if (readResult.status === "rejected") throw readResult.reason;
  if (!readResult.value) throw new Error("unreachable: the context read is skipped only after a refused count");
  const { reviews, context } = readResult.value;
  const { refused, assignmentFor } = context;
  // A review of a fact the student cannot reach (a private collection not assigned to them, or a
  // fact an open scored quiz holds back) moves no memory. It is answered per review, not by failing
  // the batch, so an offline batch holding one still records the others; the device drops it.
  const refusals = reviews
    .filter((r) => refused.has(r.questionId))
    .map((r) => ({ id: r.id, questionId: r.questionId, status: "refused" as const, reason: REFUSAL_MESSAGES[refused.get(r.questionId)!] }));
  const accepted = reviews.filter((r) => !refused.has(r.questionId));
  const graded = gradeSubmissions(accepted, new Map([...context.questions].map(([id, q]) => [id, q.payload])), now);
  if (!graded.ok) throw new ApiError(422, "Some reviews cannot be recorded; nothing was saved.", graded.problems);
  // Which assignment a review counts towards is decided here, from the student's own classes.
  const tagged = graded.reviews.map((r) => ({ ...r, assignmentId: assignmentFor.get(r.questionId) ?? null }));
  try {
    const recorded = await recordReviews(db, {
      userId: user.id,
      reviews: tagged,
      desiredRetention: context.desiredRetention,
      weights: context.parameters.weights,
      itemOf: new Map([...context.questions].map(([id, q]) => [id, q.itemId])),
    });
    // In the order sent, as recordReviews answers.
    const byId = new Map<string, (typeof recorded)[number] | (typeof refusals)[number]>([...recorded, ...refusals].map((r) => [r.id, r]));
    const results = reviews.map((r) => byId.get(r.id)).filter((r) => r !== undefined);
    return { results };
  } catch (error) {
    if (error instanceof ReviewConflictError) throw new ApiError(409, error.message);
    throw error;
  }
}
