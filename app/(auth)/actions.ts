"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getDb } from "@/db";
import { createUser } from "@/db/queries/users";
import { defineAction } from "@/server/actions";
import { signIn } from "@/server/auth";
import { homePathFor } from "@/server/auth/guards";
import { findSignInWait } from "@/server/auth/sign-in-limits";
import { clientIpFrom, isLoopback } from "@/server/rate-limit/client-ip";
import { consumeRateLimit, RateLimitedError } from "@/server/rate-limit/limiter";
import { hashPassword } from "@/lib/auth/password";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { DomainError } from "@/lib/errors";
import { rateLimitedMessage } from "@/lib/security/rate-limits";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { textSchema } from "@/lib/validation/text";

/**
 * Create an account, then sign straight in. Nothing is written unless every field is valid; a
 * taken email is an EmailTakenError (a DomainError on the email field).
 */
export const signUpAction = defineAction(
  { name: "signUp", access: "anonymous", input: signUpSchema.extend({ callbackUrl: textSchema().max(2000).optional() }) },
  async ({ input: { callbackUrl, ...input } }) => {
    const ip = clientIpFrom(await headers());
    if (!isLoopback(ip)) await consumeRateLimit("signUpsPerIp", ip, { what: "Too many new accounts from this network." });
    const { password, ...profile } = input;
    await createUser(await getDb(), { ...profile, passwordHash: await hashPassword(password) });
    // Back to where the new user was going (a class's join link), else their home. signIn
    // redirects by throwing NEXT_REDIRECT, which the wrapper lets through.
    await signIn("credentials", { email: profile.email, password, redirectTo: safeCallbackPath(callbackUrl) ?? homePathFor(profile.role) });
  },
);

const TOO_MANY_SIGN_INS = "Too many failed sign-ins for this account or network.";

/** Sign in; a wrong email or password gets one message that does not say which was wrong. */
export const signInAction = defineAction(
  { name: "signIn", access: "anonymous", input: signInSchema.extend({ callbackUrl: textSchema().max(2000).optional() }) },
  async ({ input: { callbackUrl, ...credentials } }) => {
    const attempt = { email: credentials.email, ip: clientIpFrom(await headers()) };
    const wait = await findSignInWait(attempt);
    if (wait > 0) throw new RateLimitedError(rateLimitedMessage(TOO_MANY_SIGN_INS, wait), wait);
    try {
      // "/" sends each role to its own home when there is nowhere to come back to.
      await signIn("credentials", { ...credentials, redirectTo: safeCallbackPath(callbackUrl) ?? "/" });
    } catch (error) {
      if (error instanceof AuthError && error.type === "CredentialsSignin") {
        // This failure may have been the one that started a lockout: say so now, not next time.
        const waitNow = await findSignInWait(attempt);
        if (waitNow > 0) throw new RateLimitedError(rateLimitedMessage(TOO_MANY_SIGN_INS, waitNow), waitNow);
        throw new DomainError("That email and password do not match an account. Check them and try again.");
      }
      throw error;
    }
  },
);
