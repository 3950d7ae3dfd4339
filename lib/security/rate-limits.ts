/**
 * How often each kind of request may be made, and how long a refused caller waits. Pure policy:
 * the counting is server/rate-limit (in the database, so limits hold across app servers).
 *
 * The per-IP numbers are generous on purpose: a whole school often shares one address, and
 * thirty students signing up in one lesson is normal. Per-account and per-user limits are the
 * tight ones.
 */
export interface RateLimitPolicy {
  /** Attempts allowed per window. */
  points: number;
  windowSeconds: number;
}

export const RATE_LIMITS = {
  /** Wrong passwords for one account; then a lockout that grows (signInLockoutSeconds). */
  signInFailuresPerAccount: { points: 10, windowSeconds: 15 * 60 },
  /** Wrong passwords from one address, across accounts (password spraying). */
  signInFailuresPerIp: { points: 50, windowSeconds: 15 * 60 },
  /** New accounts from one address. */
  signUpsPerIp: { points: 40, windowSeconds: 60 * 60 },
  /** Join-code attempts by one student, right or wrong (codes are guessable one by one otherwise). */
  joinCodeAttemptsPerUser: { points: 10, windowSeconds: 15 * 60 },
  /** Review posts by one student: an answer every second for a minute, with retries, is plenty. */
  reviewPostsPerUser: { points: 120, windowSeconds: 60 },
  /** Account changes that check the current password (email, password, delete) by one user: no guessing through them. */
  accountChangesPerUser: { points: 10, windowSeconds: 15 * 60 },
  /** Data exports by one user: a whole history each time, so a few an hour. */
  dataExportsPerUser: { points: 10, windowSeconds: 60 * 60 },
  /** Teacher-started parameter fits (each one is a background job of a few seconds). */
  parameterFitsPerTeacher: { points: 5, windowSeconds: 60 * 60 },
  /** Reports of a question by one user (the report form under the answer feedback). */
  reportPostsPerUser: { points: 20, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** The longest an account is locked for, however many lockouts it has had. */
export const MAX_LOCKOUT_SECONDS = 24 * 60 * 60;

/**
 * How long an account is locked after its `lockouts`-th run of failures within a day: the
 * failure window, doubled each time (15 min, 30 min, 1 h, …), capped at a day.
 */
export function signInLockoutSeconds(lockouts: number): number {
  const base = RATE_LIMITS.signInFailuresPerAccount.windowSeconds;
  return Math.min(base * 2 ** Math.max(0, lockouts - 1), MAX_LOCKOUT_SECONDS);
}

/** "30 seconds", "1 minute", "15 minutes", "2 hours": a wait as a person reads it, rounded up. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}

/** The message beside a form, or in a 429's body. */
export function rateLimitedMessage(what: string, waitMs: number): string {
  return `${what} Please wait ${describeWait(waitMs)} and try again.`;
}
