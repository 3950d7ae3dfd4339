// POST /api/quiz/:id/start – start an attempt (or resume the one in progress)
import { randomInt } from "node:crypto";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { startQuizAttempt } from "@/db/queries/quiz-attempts";
import { buildQuizView } from "@/db/queries/quiz-view";
import { ApiError, withUser } from "@/server/auth/api";
import { DomainError } from "@/lib/errors";

export const POST = withUser<{ params: Promise<{ id: string }> }>(async (_request, user, { params }) => {
  const { id } = await params;
  const db = await getDb();
  try {
    const state = await startQuizAttempt(db, { studentId: user.id, assignmentId: id, now: new Date(), seed: randomInt(2 ** 31) });
    if (!state) throw new ApiError(404, "No such quiz among your classes.");
    return NextResponse.json(await buildQuizView(db, state), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    if (error instanceof DomainError) throw new ApiError(409, error.message);
    throw error;
  }
});
