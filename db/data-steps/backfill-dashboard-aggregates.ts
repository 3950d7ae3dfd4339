/**
 * Data step `backfill_dashboard_aggregates` (issue 13): the assignment dashboard reads per
 * assignment × student × question aggregates instead of review_logs. From the migration that made
 * them on, the trigger on review_logs keeps them; this step counts the logs written before it,
 * once, in the transaction that claims the step.
 */
import type { Db } from "../client";
import { backfillAssignmentStats } from "../queries/dashboard/aggregates";
import { dataSteps } from "../schema";

export const BACKFILL_DASHBOARD_AGGREGATES = "backfill_dashboard_aggregates";

/** Runs the step unless it already ran; returns whether it ran now. */
export async function runBackfillDashboardAggregates(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx.insert(dataSteps).values({ name: BACKFILL_DASHBOARD_AGGREGATES }).onConflictDoNothing().returning();
    if (claimed.length === 0) return false;
    await backfillAssignmentStats(tx as unknown as Db);
    return true;
  });
}
