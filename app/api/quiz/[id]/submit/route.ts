// POST /api/quiz/:id/submit – submit the attempt in progress (idempotent) and return its score
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { loadQuizState, submitQuizAttempt } from "@/db/queries/quiz-attempts";
import { buildQuizView } from "@/db/queries/quiz-view";
import { ApiError, withUser } from "@/server/auth/api";

export const POST = withUser<{ params: Promise<{ id: string }> }>(async (_request, user, { params }) => {
  const { id } = await params;
  const db = await getDb();
  const now = new Date();
  const score = await submitQuizAttempt(db, { studentId: user.id, assignmentId: id, now });
  const state = await loadQuizState(db, { studentId: user.id, assignmentId: id, now });
  if (!state) throw new ApiError(404, "No such quiz among your classes.");
  return NextResponse.json({ score, view: await buildQuizView(db, state) }, { headers: { "cache-control": "private, no-store" } });
});
