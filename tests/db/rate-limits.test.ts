/**
 * Rate limits are counted in the database (rate-limiter-flexible's Postgres store, over our
 * drizzle handle) on both engines: the count survives a new limiter object (another app server, a
 * restart), and concurrent attempts are counted exactly (one atomic upsert each). Counters written
 * by the old store (expire as a timestamp) carry over the migration to epoch milliseconds.
 */
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { runMigrations } from "@/db/migrate";
import { selectRows } from "@/db/rows";
import { RATE_LIMITS } from "@/lib/security/rate-limits";
import { clearSignInFailures, findSignInWait, recordSignInFailure } from "@/server/auth/sign-in-limits";
import { consumeRateLimit, RateLimitedError } from "@/server/rate-limit/limiter";
import { migrationsUpTo } from "../support/old-migrations";
import { describeEachEngine } from "../support/test-databases";

describeEachEngine("rate limits in the database", (ctx) => {
  it("counts concurrent attempts exactly and refuses the one over the limit with how long to wait", async () => {
    const user = crypto.randomUUID();
    const { points } = RATE_LIMITS.joinCodeAttemptsPerUser;
    const attempts = await Promise.allSettled(
      Array.from({ length: points + 3 }, () =>
        consumeRateLimit("joinCodeAttemptsPerUser", user, { what: "Too many codes.", field: "code", db: ctx.db() }),
      ),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(points);
    const refused = attempts.flatMap((a) => (a.status === "rejected" ? [a.reason as unknown] : []));
    expect(refused).toHaveLength(3);
    const first = refused[0];
    expect(first).toBeInstanceOf(RateLimitedError);
    if (!(first instanceof RateLimitedError)) return;
    expect(first.field).toBe("code");
    expect(first.message).toMatch(/^Too many codes\. Please wait 1[45] minutes and try again\.$/);
    expect(first.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(first.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Another user is not affected.
    await expect(consumeRateLimit("joinCodeAttemptsPerUser", crypto.randomUUID(), { what: "x", db: ctx.db() })).resolves.toBeUndefined();
  });

  it("locks an account after 10 wrong passwords, for longer each time, and a right password clears the count", async () => {
    const attempt = { email: `${crypto.randomUUID()}@t.kizuna`, ip: `10.0.${Math.floor(Math.random() * 200)}.1` };
    for (let i = 0; i < 9; i++) await recordSignInFailure(attempt, ctx.db());
    expect(await findSignInWait(attempt, ctx.db())).toBe(0);
    await clearSignInFailures(attempt.email, ctx.db());
    for (let i = 0; i < 10; i++) await recordSignInFailure(attempt, ctx.db());
    expect(await findSignInWait(attempt, ctx.db())).toBe(0); // ten failures are allowed...
    await recordSignInFailure(attempt, ctx.db()); // ...the eleventh locks: 15 minutes
    const firstLock = await findSignInWait(attempt, ctx.db());
    expect(firstLock).toBeGreaterThan(14 * 60_000);
    expect(firstLock).toBeLessThanOrEqual(15 * 60_000);
    // Another address trying the same account waits too: the lock is the account's.
    expect(await findSignInWait({ ...attempt, ip: "192.0.2.7" }, ctx.db())).toBeGreaterThan(14 * 60_000);
    // The lock ends (simulated by clearing) and a second run of failures locks for twice as long.
    await clearSignInFailures(attempt.email, ctx.db());
    for (let i = 0; i < 11; i++) await recordSignInFailure(attempt, ctx.db());
    const secondLock = await findSignInWait({ ...attempt, ip: "192.0.2.8" }, ctx.db());
    expect(secondLock).toBeGreaterThan(29 * 60_000);
    expect(secondLock).toBeLessThanOrEqual(30 * 60_000);
  });
});

describeEachEngine(
  "rate-limit counters across the move to epoch milliseconds (migration 0012)",
  (ctx) => {
    const user = crypto.randomUUID();
    const expire = new Date(Date.now() + 10 * 60_000); // 10 minutes left in the window

    beforeAll(async () => {
      await runMigrations(ctx.handle(), ctx.url(), { migrationsFolder: migrationsUpTo(11), dataSteps: false });
      // As the old store left them: one user out of join-code attempts, one counter that never ends.
      const { points } = RATE_LIMITS.joinCodeAttemptsPerUser;
      await ctx.db().execute(sql`insert into rate_limits (key, points, expire) values
        (${`joinCodeAttemptsPerUser:${user}`}, ${points}, ${expire.toISOString()}::timestamptz),
        ('reviewPostsPerUser:forever', 3, null)`);
      await runMigrations(ctx.handle(), ctx.url(), { dataSteps: false });
    });

    it("keeps each counter's points and the same instant, to the millisecond", async () => {
      const rows = await selectRows<{ key: string; points: number; expire: string | number | null }>(
        ctx.db(),
        sql`select key, points, expire from rate_limits order by key`,
      );
      expect(rows.map((r) => ({ ...r, expire: r.expire === null ? null : Number(r.expire) }))).toEqual([
        { key: `joinCodeAttemptsPerUser:${user}`, points: RATE_LIMITS.joinCodeAttemptsPerUser.points, expire: expire.getTime() },
        { key: "reviewPostsPerUser:forever", points: 3, expire: null },
      ]);
    });

    it("still refuses the user who was out of attempts, until the old window ends", async () => {
      const refusal = await consumeRateLimit("joinCodeAttemptsPerUser", user, { what: "Too many codes.", db: ctx.db() }).catch(
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(RateLimitedError);
      if (!(refusal instanceof RateLimitedError)) return;
      expect(refusal.retryAfterMs).toBeGreaterThan(9 * 60_000);
      expect(refusal.retryAfterMs).toBeLessThanOrEqual(10 * 60_000);
    });
  },
  { migrate: false },
);
