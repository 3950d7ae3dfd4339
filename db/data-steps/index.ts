/**
 * One-off data steps, in code, run by db/migrate.ts after the SQL migrations, in this order. Each
 * records itself in data_steps and never runs twice.
 */
import type { Db } from "../client";
import { runBackfillDashboardAggregates } from "./backfill-dashboard-aggregates";
import { runReplayItemStates } from "./replay-item-states";

export async function runDataSteps(db: Db): Promise<void> {
  await runReplayItemStates(db);
  await runBackfillDashboardAggregates(db);
}
