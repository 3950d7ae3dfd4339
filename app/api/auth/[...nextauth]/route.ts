// GET/POST /api/auth/* – Auth.js endpoints (session, CSRF token, callbacks, sign-out)
import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { rateLimitedResponse } from "@/server/auth/api";
import { findSignInWait } from "@/server/auth/sign-in-limits";
import { clientIpFrom } from "@/server/rate-limit/client-ip";
import { RateLimitedError } from "@/server/rate-limit/limiter";
import { rateLimitedMessage } from "@/lib/security/rate-limits";

export const { GET } = handlers;

/**
 * A password posted here directly (not through the sign-in form) meets the same limits in
 * `authorize`; this answers a limited caller with 429 and Retry-After instead of Auth.js's
 * generic error redirect.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
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
