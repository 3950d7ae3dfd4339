import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Rate-limit counters, in the database so limits hold across app servers and restarts. The shape
 * is the one rate-limiter-flexible's RateLimiterDrizzle store expects (key, points, expire): it
 * counts with one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING` per attempt.
 */
export const rateLimits = pgTable("rate_limits", {
  /** "<limit name>:<account, IP or user id>". */
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  /** When the count starts again; null never (unused here). */
  expire: timestamp({ withTimezone: true }),
});
