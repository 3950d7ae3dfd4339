/**
 * The session of a route handler's request, read from its cookie with Auth.js's own `getToken`
 * (next-auth/jwt): the same check `auth()` makes — the cookie Auth.js would read (its name, and
 * so the key's salt, follow the same https rule), decrypted and authenticated with the same
 * secret, refused once expired — and the same claims its session callback copies (./config.ts).
 *
 * Why not `auth()`: in a route handler it runs a whole internal Auth.js request that also
 * re-encrypts a renewed cookie, which a route handler throws away (a fresh key derivation, a
 * thumbprint and an encryption per request; about a tenth of POST /api/reviews's CPU, npm run bench).
 * Only the cookie is read, as auth() reads it: an Authorization header is ignored.
 */
import { getToken } from "next-auth/jwt";
import type { UserRole } from "@/lib/domain";

/** What a valid session cookie says about its user and session. */
export interface SessionClaims {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  sessionId: string;
  sessionVersion: number;
}

/** Auth.js's rule for `__Secure-` cookies: the protocol of AUTH_URL if set, else of the request (https unless told). */
export function usesSecureCookies(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) return new URL(configured).protocol === "https:";
  return (headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}

/** The claims of the request's session cookie, or null if there is none or it does not verify. */
export async function readApiSession(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): Promise<SessionClaims | null> {
  const secret = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: sessions cannot be verified.");
  const token = await getToken({
    req: { headers: { cookie: headers.get("cookie") ?? "" } },
    secret,
    secureCookie: usesSecureCookies(headers, env),
  });
  if (!token) return null;
  const { id, role, email, name, sid, sv } = token;
  if (typeof id !== "string" || !id || (role !== "student" && role !== "teacher")) return null;
  if (typeof email !== "string" || !email || typeof sid !== "string" || typeof sv !== "number") return null;
  return { id, email, name: typeof name === "string" ? name : email, role, sessionId: sid, sessionVersion: sv };
}
