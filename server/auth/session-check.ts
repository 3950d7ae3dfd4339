/**
 * Is a signed session cookie still current on the server? A cookie carries its session id and
 * the user's session version from sign-in; it is refused once that session was signed out or
 * the user's version moved on ("sign out everywhere", a password change).
 *
 * The answer is cached in-process for a few seconds, so a page that asks several times (header,
 * page, action) costs at most one small query. The trade-off: app servers are stateless, so
 * another server may accept a just-ended session for up to CACHE_MS. The server that handled
 * the sign-out updates its own cache at once, so a replay there is refused immediately; 5 s
 * everywhere else bounds the window.
 */
import { getDb } from "@/db";
import { changePasswordHash, endAllSessions, readSessionState, revokeSession, type SessionKey } from "@/db/queries/sessions";
import { processCache } from "@/server/process-cache";

export const SESSION_CHECK_CACHE_MS = 5_000;

interface Entry {
  current: boolean;
  checkedAt: number;
}

// Shared by every bundle of the process: a sign-out in one must be seen by the others.
const cache = processCache<Entry>("sessionChecks");

export interface SessionClaims extends SessionKey {
  version: number;
}

const cacheKey = ({ userId, sessionId, version }: SessionClaims) => `${userId}:${sessionId}:${version}`;

function remember(claims: SessionClaims, current: boolean, now: number): void {
  cache.set(cacheKey(claims), { current, checkedAt: now });
}

/** Whether the session these claims describe is still current (cached for SESSION_CHECK_CACHE_MS). */
export async function isSessionCurrent(claims: SessionClaims, now = Date.now()): Promise<boolean> {
  const cached = cache.get(cacheKey(claims));
  if (cached && now - cached.checkedAt < SESSION_CHECK_CACHE_MS) return cached.current;
  const state = await readSessionState(await getDb(), claims);
  const current = !!state && !state.revoked && state.version === claims.version;
  remember(claims, current, now);
  return current;
}

/** End this one session (sign-out): refused here at once, on other app servers within the cache time. */
export async function endSession(claims: SessionClaims, expiresAt: Date): Promise<void> {
  await revokeSession(await getDb(), { userId: claims.userId, sessionId: claims.sessionId, expiresAt });
  remember(claims, false, Date.now());
}

/** End every session of this user (sign out everywhere). */
export async function endEverySession(userId: string): Promise<void> {
  await endAllSessions(await getDb(), userId);
  cache.deleteWithPrefix(`${userId}:`);
}

/**
 * A new password: stored with the session version moved on (every session, on every device, is
 * signed out), and this process forgets its cached answers for the user at once. The caller signs
 * the current browser in again with the new password, so only the other sessions end.
 */
export async function changePasswordEverywhere(userId: string, passwordHash: string): Promise<boolean> {
  const changed = await changePasswordHash(await getDb(), { userId, passwordHash });
  cache.deleteWithPrefix(`${userId}:`);
  return changed;
}
