/**
 * The signed-in user of a request, from claims its cookie carried, once the server says that
 * session is still current (./session-check.ts). Apart from ./guards.ts because the API's path
 * to it must not load Auth.js's `next-auth` entry (which a Pages API route, server/auth/node-api.ts,
 * cannot load): it reads the cookie with `next-auth/jwt` alone (./api-session.ts).
 */
import type { UserRole } from "@/lib/domain";
import { isDatabaseUnavailable } from "@/db/errors";
import { reportDatabaseUnavailable } from "@/server/database-gate";
import { readApiSession, type SessionClaims } from "./api-session";
import { isSessionCurrent } from "./session-check";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

/**
 * For API requests (./api.ts): the user from the request's own cookie, read without auth()'s
 * cookie renewal, which an API answer throws away (./api-session.ts).
 */
export async function currentApiUser(headers: Headers): Promise<SessionUser | null> {
  const claims = await readApiSession(headers);
  return claims ? ifSessionCurrent(claims) : null;
}

/** The user the claims name, or null once the session was ended on the server. */
export async function ifSessionCurrent(claims: SessionClaims): Promise<SessionUser | null> {
  const { id, email, name, role, sessionId, sessionVersion } = claims;
  try {
    if (!(await isSessionCurrent({ userId: id, sessionId, version: sessionVersion }))) return null;
  } catch (error) {
    // Usually the first query of a request: tell the gate in proxy.ts, so the next ones get a 503.
    if (isDatabaseUnavailable(error)) reportDatabaseUnavailable();
    throw error;
  }
  return { id, email, name, role };
}
