// POST /api/quiz/:id/answer – answer one question of the attempt in progress; graded here, once
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { answerQuizQuestion, loadQuizState } from "@/db/queries/quiz-attempts";
import { buildQuizView } from "@/db/queries/quiz-view";
import { getStudySettings } from "@/db/queries/study";
import { ApiError, parseJsonBody, withUser } from "@/server/auth/api";
import { consumeRateLimit } from "@/server/rate-limit/limiter";
import { DomainError } from "@/lib/errors";
import { quizAnswerSchema } from "@/lib/validation/quiz";

export const POST = withUser<{ params: Promise<{ id: string }> }>(async (request, user, { params }) => {
  const { id } = await params;
  await consumeRateLimit("reviewPostsPerUser", user.id, { what: "Too many answers sent at once." });
  const body = await parseJsonBody(request, quizAnswerSchema);
  const db = await getDb();
  const settings = await getStudySettings(db, user.id);
  const now = new Date();
  try {
    const outcome = await answerQuizQuestion(db, {
      studentId: user.id,
      assignmentId: id,
      now,
      questionId: body.questionId,
      response: body.response,
      responseMs: body.responseMs,
      reviewId: randomUUID(),
      desiredRetention: settings.desiredRetention,
    });
    if (!outcome) throw new ApiError(404, "No such quiz among your classes.");
    const state = await loadQuizState(db, { studentId: user.id, assignmentId: id, now });
    if (!state) throw new ApiError(404, "No such quiz among your classes.");
    return NextResponse.json(
      { reveal: outcome.reveal, view: await buildQuizView(db, state) },
      { headers: { "cache-control": "private, no-store" } },
    );
  } catch (error) {
    if (error instanceof DomainError) throw new ApiError(409, error.message);
    throw error;
  }
});
