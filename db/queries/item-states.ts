/**
 * Stored item memory (item_states: one FSRS state per student per knowledge item) and the
 * scheduler's view of it.
 */
import { and, eq, inArray } from "drizzle-orm";
import { toCardStateName, toCardStateNumber } from "@/lib/domain";
import type { CardState } from "@/lib/scheduling";
import type { Db } from "../client";
import { itemStates } from "../schema";

export type ItemStateRow = typeof itemStates.$inferSelect;

/** The scheduler's view of a stored item; null for a row created but never reviewed. */
export function toCardState(row: ItemStateRow): CardState | null {
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

/** The columns that store a scheduler state. */
export function stateColumns(state: CardState) {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: toCardStateNumber(state.state),
    lastReview: state.lastReview,
  };
}

/** The student's own memory of these items (missing = never met). */
export async function getItemStates(db: Db, params: { userId: string; itemIds: string[] }): Promise<Map<string, CardState>> {
  if (params.itemIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(itemStates)
    .where(and(eq(itemStates.userId, params.userId), inArray(itemStates.itemId, [...new Set(params.itemIds)])));
  const out = new Map<string, CardState>();
  for (const row of rows) {
    const state = toCardState(row);
    if (state) out.set(row.itemId, state);
  }
  return out;
}
