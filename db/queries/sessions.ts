/**
 * Server-side state of signed (JWT) sessions: a per-user version that ends every session at once,
 * and a list of single sessions ended by a sign-out. Session cookies stay stateless otherwise.
 */
import { eq, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { revokedSessions, users } from "../schema";

export interface SessionKey {
  userId: string;
  sessionId: string;
}

/** The user's current session version and whether this one session was signed out; null: no such user. */
export async function readSessionState(db: Db, { userId, sessionId }: SessionKey): Promise<{ version: number; revoked: boolean } | null> {
  // One query per check: the version and the revocation together.
  const [row] = await selectRows<{ version: number; revoked: boolean }>(
    db,
    sql`select ${users.sessionVersion} as version,
               exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${sessionId}) as revoked
          from ${users} where ${users.id} = ${userId}`,
  );
  return row ? { version: Number(row.version), revoked: row.revoked } : null;
}

/** End one session (a sign-out): its cookie is refused from now on, until it would have expired. */
export async function revokeSession(db: Db, { userId, sessionId, expiresAt }: SessionKey & { expiresAt: Date }): Promise<void> {
  await db.insert(revokedSessions).values({ sessionId, userId, expiresAt }).onConflictDoNothing();
  // Rows past their cookie's expiry protect nothing: sweep them here, where rows are added.
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, sql`now()`));
}

/** End every session of a user ("sign out everywhere"); returns the new version. */
export async function endAllSessions(db: Db, userId: string): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ version: users.sessionVersion });
  return row?.version ?? null;
}

/**
 * Set a new password hash and end every existing session in the same statement: whoever knew the
 * old password keeps no session. (The page that calls this is issue 16's.)
 */
export async function changePasswordHash(db: Db, { userId, passwordHash }: { userId: string; passwordHash: string }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length === 1;
}
