import { and, eq, inArray } from "drizzle-orm";
import type { CardState } from "@/lib/scheduling";
import type { Db } from "../client";
import { cardStates } from "../schema";

const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;

export function rowToCardState(row: typeof cardStates.$inferSelect): CardState | null {
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
    state: STATE_NAMES[row.state] ?? "new",
    lastReview: row.lastReview,
  };
}

/** The caller's own card states for these questions (missing = never seen). */
export async function getCardStatesFor(db: Db, userId: string, questionIds: string[]): Promise<Map<string, CardState>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(cardStates)
    .where(and(eq(cardStates.userId, userId), inArray(cardStates.questionId, questionIds)));
  const out = new Map<string, CardState>();
  for (const row of rows) {
    const state = rowToCardState(row);
    if (state) out.set(row.questionId, state);
  }
  return out;
}
