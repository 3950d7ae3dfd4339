// GET/POST /api/auth/* – Auth.js endpoints (session, CSRF token, callbacks, sign-out)
import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { rateLimitedResponse } from "@/server/auth/api";
import { endCurrentSession } from "@/server/auth/end-session";
import { findSignInWait } from "@/server/auth/sign-in-limits";
import { clientIpFrom } from "@/server/rate-limit/client-ip";
import { RateLimitedError } from "@/server/rate-limit/limiter";
import { rateLimitedMessage } from "@/lib/security/rate-limits";

export const { GET } = handlers;

/**
 * Sign-out here ends the session on the server first. A password posted here directly (not through the sign-in form) meets the same limits in
 * `authorize`; this answers a limited caller with 429 and Retry-After instead of Auth.js's
 * generic error redirect.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const { pathname } = new URL(request.url);
  // Auth.js's own sign-out only clears the cookie: end the session on the server too, as the
  // sign-out button does, so a copy of the cookie is signed out as well.
  if (pathname.endsWith("/signout")) await endCurrentSession();
  if (pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string") {
      const wait = await findSignInWait({ email, ip: clientIpFrom(request.headers) });
      if (wait > 0) return rateLimitedResponse(new RateLimitedError(rateLimitedMessage("Too many failed sign-ins.", wait), wait));
    }
  }
  return handlers.POST(request);
}
