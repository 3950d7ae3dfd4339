import { and, eq, inArray } from "drizzle-orm";
import { toCardStateName } from "@/lib/domain";
import type { CardState } from "@/lib/scheduling";
import type { Db } from "../client";
import { cardStates } from "../schema";

/** The scheduler's view of a stored card; null for a row created but never reviewed. */
export function toCardState(row: typeof cardStates.$inferSelect): CardState | null {
  if (row.reps === 0) return null; // created but never reviewed
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: toCardStateName(row.state),
    lastReview: row.lastReview,
  };
}

/** The student's own card states for these questions (missing = never seen). */
export async function getCardStates(db: Db, params: { userId: string; questionIds: string[] }): Promise<Map<string, CardState>> {
  if (params.questionIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(cardStates)
    .where(and(eq(cardStates.userId, params.userId), inArray(cardStates.questionId, params.questionIds)));
  const out = new Map<string, CardState>();
  for (const row of rows) {
    const state = toCardState(row);
    if (state) out.set(row.questionId, state);
  }
  return out;
}
