/**
 * The hook the benches call after bulk-inserting review_logs with SQL (scripts/lib/bench-schema.ts):
 * rows written that way bypass recordReviews, so anything recordReviews keeps up to date in the
 * same transaction must be rebuilt from the logs here before the dashboard is timed.
 */
import type { Db } from "../../db/client";

export async function refreshDerivedTables(db: Db): Promise<void> {
  // A no-op for now: the per-student-per-question dashboard aggregates and their backfill
  // (db/data-steps/, branch i13-writes) go here — call the backfill function on `db`.
  void db;
}
