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
 *
 * A cookie that verified is remembered for a minute, by its exact value, so the next request
 * with the same cookie skips the key derivation and decryption (another tenth of the request):
 * only a byte-for-byte copy of a cookie this process has just verified with its current secret is
 * accepted from memory, and never past the token's own expiry. Whether the session is still
 * current on the server is checked on every request all the same (./session-check.ts).
 */
import { getToken, type JWT } from "next-auth/jwt";
import type { UserRole } from "@/lib/domain";
import { processCache } from "@/server/process-cache";

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

/**
 * How long a verified cookie is remembered. Verifying the same bytes again with the same secret
 * could only give the same answer until the token expires (which is checked), so this bounds
 * memory, not trust; a minute covers a student answering card after card.
 */
export const VERIFIED_COOKIE_CACHE_MS = 60_000;

interface Verified {
  claims: SessionClaims;
  /** When to verify the cookie again: a few seconds on, or its expiry if sooner. */
  until: number;
}

const verified = processCache<Verified>("verifiedCookies");

/** The claims of the request's session cookie, or null if there is none or it does not verify. */
export async function readApiSession(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
  now = Date.now(),
): Promise<SessionClaims | null> {
  const secret = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: sessions cannot be verified.");
  const cookie = headers.get("cookie") ?? "";
  const secureCookie = usesSecureCookies(headers, env);
  // The secret and the cookie name (the key's salt) are part of the key: a cookie verified under
  // one is never taken as verified under another.
  const key = `${secureCookie ? "s" : "p"}:${secret}:${cookie}`;
  const remembered = verified.get(key);
  if (remembered && now < remembered.until) return remembered.claims;
  const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie });
  const claims = token ? claimsOf(token) : null;
  if (claims && typeof token?.exp === "number") {
    verified.set(key, { claims, until: Math.min(now + VERIFIED_COOKIE_CACHE_MS, token.exp * 1000) });
  }
  return claims;
}

function claimsOf(token: JWT): SessionClaims | null {
  const { id, role, email, name, sid, sv } = token;
  if (typeof id !== "string" || !id || (role !== "student" && role !== "teacher")) return null;
  if (typeof email !== "string" || !email || typeof sid !== "string" || typeof sv !== "number") return null;
  return { id, email, name: typeof name === "string" ? name : email, role, sessionId: sid, sessionVersion: sv };
}
