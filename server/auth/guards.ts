/**
 * The one place authorization starts. Every page, server action and route handler that touches
 * user data calls one of these; proxy.ts only redirects for convenience and is not relied on.
 */
import { forbidden, redirect } from "next/navigation";
import type { UserRole } from "@/lib/domain";
import { signInPath } from "@/lib/auth/safe-redirect";
import { auth } from "./index";
import { ifSessionCurrent, type SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/**
 * The signed-in user, or null. Narrows the session so callers never need `!`. A cookie whose
 * session was ended on the server (sign-out, sign out everywhere, password change) is signed out,
 * however valid its signature: ./session-check.ts.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!session || !user?.id || !user.role || !user.email) return null;
  const { sessionId, sessionVersion } = session;
  if (!sessionId || sessionVersion === undefined) return null;
  return ifSessionCurrent({ id: user.id, email: user.email, name: user.name ?? user.email, role: user.role, sessionId, sessionVersion });
}

/** For pages and actions: the user, or a redirect to sign-in (coming back to `returnTo`). */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}

/** For teacher pages and actions: a student gets the 403 page, never teacher data. */
export async function requireTeacher(returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "teacher") forbidden();
  return user;
}

export function homePathFor(role: UserRole): string {
  return role === "teacher" ? "/teach" : "/study";
}
