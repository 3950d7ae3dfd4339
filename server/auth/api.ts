/**
 * Route handlers go through `withUser`, so none can forget the session check, and every failure
 * becomes a JSON answer with a reason: 400 for bad input, 401 signed out, 403 wrong role, 404
 * unknown or not yours, 429 rate-limited, 503 database unreachable. Only a real bug reaches 500,
 * and it is logged.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import type { UserRole } from "@/lib/domain";
import { isDatabaseUnavailable } from "@/db/errors";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { isDatabaseAnswering, reportDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/server/database-gate";
import { BODY_TOO_LARGE_MESSAGE, declaresTooLargeBody, MAX_BODY_BYTES } from "@/server/http/body-limit";
import { log } from "@/server/logger";
import { RateLimitedError } from "@/server/rate-limit/limiter";
import { currentApiUser, type SessionUser } from "./guards";

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function jsonError(status: number, error: string, details?: unknown): NextResponse {
  return NextResponse.json(details === undefined ? { error } : { error, details }, { status });
}

/** 503 with Retry-After: the database went away mid-request (proxy.ts answers the next ones). */
export function databaseUnavailableResponse(): NextResponse {
  return NextResponse.json(
    { error: DATABASE_UNAVAILABLE_MESSAGE },
    { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
  );
}

/** 429 with Retry-After (whole seconds) and the message saying how long to wait. */
export function rateLimitedResponse(error: RateLimitedError): NextResponse {
  return NextResponse.json({ error: error.message }, { status: 429, headers: { "retry-after": String(error.retryAfterSeconds) } });
}

type Handler<Ctx> = (request: Request, user: SessionUser, context: Ctx) => Promise<Response>;

export function withUser<Ctx>(handler: Handler<Ctx>, options: { role?: UserRole } = {}) {
  return async (request: Request, context: Ctx): Promise<Response> => {
    try {
      // The proxy's refusals, for the API routes it does not see (next.config.js): a closed
      // database gate answers 503 at once, a declared body over the limit 413.
      if (!(await isDatabaseAnswering())) return databaseUnavailableResponse();
      if (declaresTooLargeBody(request.headers)) return jsonError(413, BODY_TOO_LARGE_MESSAGE);
      const user = await currentApiUser(request);
      if (!user) return jsonError(401, "Sign in first: this endpoint needs a session.");
      if (options.role && user.role !== options.role) return jsonError(403, `Only ${options.role}s may do this.`);
      return await handler(request, user, context);
    } catch (error) {
      if (error instanceof ApiError) return jsonError(error.status, error.message, error.details);
      if (error instanceof RateLimitedError) return rateLimitedResponse(error);
      if (error instanceof z.ZodError) return jsonError(400, "The request is not valid.", z.flattenError(error));
      if (isDatabaseUnavailable(error)) {
        reportDatabaseUnavailable();
        return databaseUnavailableResponse();
      }
      log("api").error({ err: error, method: request.method, path: new URL(request.url).pathname }, "request failed");
      return jsonError(500, "Something went wrong on our side. Please try again.");
    }
  };
}

/** Parse a JSON body with a zod schema; malformed JSON and schema failures are 400s. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const text = await readBody(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, "The request body must be valid JSON.");
  }
  return schema.parse(body);
}

/**
 * The body as text, at most MAX_BODY_BYTES. A declared length was checked before (withUser, the
 * proxy); a body sent without one (chunked) is counted as it arrives and refused past the limit.
 */
async function readBody(request: Request): Promise<string> {
  if (request.headers.has("content-length") || !request.body) return request.text();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new ApiError(413, BODY_TOO_LARGE_MESSAGE);
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
