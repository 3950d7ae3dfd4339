/**
 * Data step `replay_item_states` (issue 9): memory moved from one FSRS card per question to one
 * state per knowledge item. Migration 0004 tagged every review log with its question's item; this
 * step rebuilds each student's item_states by replaying their logs in time order through the
 * scheduler (lib/scheduling/replay.ts) with the rating stored in each log (the rating policy as it
 * was applied at the time) and the student's desired retention. Nothing is lost: the logs keep the
 * question (face) shown, and every old card state was the product of its logs.
 *
 * Runs once, from db/migrate.ts after the SQL migrations: the step claims its row in data_steps in
 * the same transaction that writes the states, so a concurrent or repeated run does nothing.
 */
import { asc, eq, sql } from "drizzle-orm";
import { createScheduler, DEFAULT_STUDY_SETTINGS, replayAnswers } from "@/lib/scheduling";
import type { Db } from "../client";
import { stateColumns } from "../queries/item-states";
import { dataSteps, itemStates, reviewLogs, studentSettings } from "../schema";

export const REPLAY_ITEM_STATES = "replay_item_states";
const CHUNK = 500;

/** Rebuilds one student's item states from their logs (replacing any); returns how many items. */
export async function replayStudentItemStates(db: Db, userId: string): Promise<number> {
  const [settings] = await db
    .select({ desiredRetention: studentSettings.desiredRetention })
    .from(studentSettings)
    .where(eq(studentSettings.userId, userId));
  const scheduler = createScheduler({ desiredRetention: settings?.desiredRetention ?? DEFAULT_STUDY_SETTINGS.desiredRetention });
  const logs = await db
    .select({ itemId: reviewLogs.itemId, rating: reviewLogs.rating, reviewedAt: reviewLogs.reviewedAt })
    .from(reviewLogs)
    .where(eq(reviewLogs.userId, userId))
    .orderBy(asc(reviewLogs.reviewedAt), asc(reviewLogs.id));
  const replayed = replayAnswers(logs, scheduler);
  await db.delete(itemStates).where(eq(itemStates.userId, userId));
  const rows = [...replayed].map(([itemId, { state, introducedAt }]) => ({ userId, itemId, introducedAt, ...stateColumns(state) }));
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(itemStates).values(rows.slice(i, i + CHUNK));
  return rows.length;
}

/** Runs the step unless it already ran; returns whether it ran now. */
export async function runReplayItemStates(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx.insert(dataSteps).values({ name: REPLAY_ITEM_STATES }).onConflictDoNothing().returning();
    if (claimed.length === 0) return false;
    const students = await tx
      .selectDistinct({ userId: reviewLogs.userId })
      .from(reviewLogs)
      .orderBy(sql`1`);
    for (const { userId } of students) await replayStudentItemStates(tx as unknown as Db, userId);
    return true;
  });
}
