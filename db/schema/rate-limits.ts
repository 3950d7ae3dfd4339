import { bigint, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Rate-limit counters, in the database so limits hold across app servers and restarts. The shape
 * is the one rate-limiter-flexible's RateLimiterPostgres store expects (key, points, expire in
 * epoch milliseconds): it counts with one atomic, prepared `INSERT … ON CONFLICT DO UPDATE …
 * RETURNING` per attempt (server/rate-limit/limiter.ts).
 */
export const rateLimits = pgTable("rate_limits", {
  /** "<limit name>:<account, IP or user id>". */
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  /** When the count starts again, in milliseconds since the epoch; null never (unused here). */
  expire: bigint({ mode: "number" }),
});
