// GET /api/quiz/:id – the caller's scored quiz: progress and the next unanswered question, without its key
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { loadQuizState } from "@/db/queries/quiz-attempts";
import { buildQuizView } from "@/db/queries/quiz-view";
import { ApiError, withUser } from "@/server/auth/api";

export const GET = withUser<{ params: Promise<{ id: string }> }>(async (_request, user, { params }) => {
  const { id } = await params;
  const db = await getDb();
  const state = await loadQuizState(db, { studentId: user.id, assignmentId: id, now: new Date() });
  if (!state) throw new ApiError(404, "No such quiz among your classes.");
  return NextResponse.json(await buildQuizView(db, state), { headers: { "cache-control": "private, no-store" } });
});
