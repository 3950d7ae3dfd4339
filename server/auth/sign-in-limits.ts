/**
 * Wrong-password limits: per account (10 in 15 minutes, then a lockout that doubles each time,
 * up to a day) and per IP address (password spraying across accounts). Only failures count; a
 * right password clears the account's count. Enforced in `authorize` (server/auth/index.ts), the
 * one place passwords are checked, whichever way the request came in.
 */
import crypto from "node:crypto";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { RATE_LIMITS, signInLockoutSeconds } from "@/lib/security/rate-limits";
import type { Db } from "@/db";
import { isLoopback } from "@/server/rate-limit/client-ip";
import { limiterFor } from "@/server/rate-limit/limiter";

/** Accounts are counted by a hash of the email: the table needs no addresses in it. */
const accountKey = (email: string) => crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);

export interface SignInAttempt {
  email: string;
  ip: string;
}

const isOver = (res: RateLimiterRes | null, points: number) => !!res && res.consumedPoints > points;

/** How long this account or address must wait before another attempt, in ms (0: go ahead). */
export async function findSignInWait({ email, ip }: SignInAttempt, db?: Db): Promise<number> {
  const [account, address] = await Promise.all([
    limiterFor("signInFailuresPerAccount", db).then((l) => l.get(accountKey(email))),
    isLoopback(ip) ? null : limiterFor("signInFailuresPerIp", db).then((l) => l.get(ip)),
  ]);
  const waits = [
    isOver(account, RATE_LIMITS.signInFailuresPerAccount.points) ? (account?.msBeforeNext ?? 0) : 0,
    isOver(address, RATE_LIMITS.signInFailuresPerIp.points) ? (address?.msBeforeNext ?? 0) : 0,
  ];
  return Math.max(...waits);
}

async function countFailure(name: "signInFailuresPerAccount" | "signInFailuresPerIp", key: string, db?: Db): Promise<RateLimiterRes> {
  const limiter = await limiterFor(name, db);
  // consume() rejects with the same result object once over the limit: both are a count here.
  return limiter.consume(key).catch((res: unknown) => {
    if (res instanceof Error) throw res;
    return res as RateLimiterRes;
  });
}

/** Count a wrong password. The failure that uses up the account's allowance starts a lockout. */
export async function recordSignInFailure({ email, ip }: SignInAttempt, db?: Db): Promise<void> {
  const key = accountKey(email);
  const [account] = await Promise.all([
    countFailure("signInFailuresPerAccount", key, db),
    isLoopback(ip) ? null : countFailure("signInFailuresPerIp", ip, db),
  ]);
  if (account.consumedPoints !== RATE_LIMITS.signInFailuresPerAccount.points + 1) return;
  const lockouts = await (await limiterFor("signInLockouts", db)).consume(key);
  await (await limiterFor("signInFailuresPerAccount", db)).block(key, signInLockoutSeconds(lockouts.consumedPoints));
}

/** A right password: the account's failures are forgotten (its lockout history is not). */
export async function clearSignInFailures(email: string, db?: Db): Promise<void> {
  await (await limiterFor("signInFailuresPerAccount", db)).delete(accountKey(email));
}
