/**
 * Bounds and defaults of a student's scheduling settings, shared by the settings schema, the
 * scheduler and the daily queue (and mirrored by CHECK constraints on `student_settings`).
 */

/**
 * Desired retention: the probability of recall FSRS aims for when a card comes due
 * (ts-fsrs `request_retention`). Below 0.7 reviews come so late that most are failures; above
 * 0.97 the workload grows steeply for little gain (see the FSRS wiki, "The optimal retention").
 */
export const DESIRED_RETENTION = { min: 0.7, max: 0.97, default: 0.9 } as const;

/** New questions introduced per study day. */
export const NEW_PER_DAY = { min: 0, max: 200, default: 20 } as const;

/** Optional cap on reviews per study day (null = no cap). */
export const REVIEW_CAP = { min: 1, max: 1000, default: null } as const;

/**
 * A retention rounded to 4 decimals. The database stores it as `real` (float4), which may read
 * back as 0.9700000286…; rounding makes that 0.97 again (so it passes the range check) and
 * keeps the number of distinct cached schedulers bounded.
 */
export function normaliseRetention(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Hour (local, 0–23) at which a study day starts; 0 = midnight. A night owl picks 4 so 1 am still counts as "today". */
export const DAY_START_HOUR = { min: 0, max: 23, default: 0 } as const;
