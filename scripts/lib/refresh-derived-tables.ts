/**
 * The hook the benches call after bulk-inserting review_logs with SQL (scripts/lib/bench-schema.ts):
 * those inserts run with triggers off (session_replication_role = replica), so the dashboard
 * aggregates that the trigger on review_logs keeps in step with every review are rebuilt here from
 * the logs before the dashboard is timed.
 */
import type { Db } from "../../db/client";
import { backfillAssignmentStats, recountAssignmentStats, type StatsScope } from "../../db/queries/dashboard/aggregates";

/** Rebuilds everything derived from review_logs, for the scope given (default: every log). */
export async function refreshDerivedTables(db: Db, scope?: StatsScope): Promise<void> {
  if (scope) await recountAssignmentStats(db, scope);
  else await backfillAssignmentStats(db);
}
