/**
 * Rate limits counted in the database with rate-limiter-flexible's Postgres store: one atomic,
 * prepared `INSERT … ON CONFLICT DO UPDATE … RETURNING` per attempt on the `rate_limits` table,
 * through our drizzle handle (./store-client.ts), so the same code counts on PGlite and on a
 * Postgres server, and limits hold across app servers and restarts.
 *
 * A refusal is a RateLimitedError: a DomainError, so a form shows its message (the action
 * wrapper), and route handlers answer it with 429 and Retry-After (server/auth/api.ts).
 */
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getDb, type Db } from "@/db";
import { DomainError } from "@/lib/errors";
import { RATE_LIMITS, rateLimitedMessage, type RateLimitName } from "@/lib/security/rate-limits";
import { rateLimitStoreClient } from "./store-client";

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
    field?: string,
  ) {
    super(message, field);
    this.name = "RateLimitedError";
  }

  /** Whole seconds, rounded up, for a Retry-After header. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}

// One limiter per name and database handle (tests open several databases in one process).
const limiters = new WeakMap<Db, Map<string, RateLimiterPostgres>>();

/** The limiter for `name` on the app's database; `keyPrefix` keeps names apart in one table. */
export async function limiterFor(name: RateLimitName | "signInLockouts", db?: Db): Promise<RateLimiterPostgres> {
  const handle = db ?? (await getDb());
  let byName = limiters.get(handle);
  if (!byName) limiters.set(handle, (byName = new Map()));
  let limiter = byName.get(name);
  if (!limiter) {
    // Lockouts are counted over a day so each one lasts longer (lib/security/rate-limits.ts).
    const policy = name === "signInLockouts" ? { points: 1000, windowSeconds: 24 * 60 * 60 } : RATE_LIMITS[name];
    limiter = new RateLimiterPostgres({
      storeClient: rateLimitStoreClient(handle),
      storeType: "pool",
      // The table is the migrations' (db/schema/rate-limits.ts), not created by the store.
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      points: policy.points,
      duration: policy.windowSeconds,
      // Once a key is over its limit, refuse it from memory until the window ends: a flood of
      // refused requests then costs no database writes.
      inMemoryBlockOnConsumed: policy.points + 1,
      clearExpiredByTimeout: true,
    });
    byName.set(name, limiter);
  }
  return limiter;
}

/**
 * Count one attempt against `name` for `key`; throws RateLimitedError (with `what` as the start
 * of its message, and `field` to show it beside) when the limit is used up.
 */
export async function consumeRateLimit(
  name: RateLimitName,
  key: string,
  { what, field, db }: { what: string; field?: string; db?: Db },
): Promise<void> {
  try {
    await (await limiterFor(name, db)).consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    throw new RateLimitedError(rateLimitedMessage(what, refusal.msBeforeNext), refusal.msBeforeNext, field);
  }
}
