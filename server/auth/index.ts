/**
 * Auth.js v5 with email + password. `auth()` reads the session in server components, actions
 * and route handlers; authorization itself lives in ./guards.ts.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { findUserByEmail } from "@/db/queries/users";
import { signInSchema } from "@/lib/validation/auth";
import { authConfig } from "./config";
import { DECOY_HASH, verifyPassword } from "@/lib/auth/password";
import { clientIpFrom } from "@/server/rate-limit/client-ip";
import { clearSignInFailures, findSignInWait, recordSignInFailure } from "./sign-in-limits";

/** A sign-in refused because of too many failures; its code reaches the caller (never a reason about the password). */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const {
  handlers,
  auth,
  signIn,
  signOut,
  unstable_update: updateSession,
} = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const attempt = { email: parsed.data.email, ip: clientIpFrom(request.headers) };
        // Over the limit: refused without looking at the password (the sign-in action and the
        // route in app/api/auth say how long to wait; this is the check nothing can go around).
        if ((await findSignInWait(attempt)) > 0) throw new SignInRateLimited();
        const user = await findUserByEmail(await getDb(), parsed.data.email);
        // Compare against a decoy when the email is unknown: same time, same answer.
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DECOY_HASH);
        if (!user || !ok) {
          await recordSignInFailure(attempt);
          return null;
        }
        await clearSignInFailures(attempt.email);
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});
