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
import { currentApiUser, type SessionUser } from "./session-user";

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

/** What an API request that fails answers: one mapping for route handlers and for server/auth/node-api.ts. */
export interface ApiFailure {
  status: number;
  body: { error: string; details?: unknown };
  headers?: Record<string, string>;
}

const failure = (status: number, error: string, details?: unknown): ApiFailure => ({
  status,
  body: details === undefined ? { error } : { error, details },
});

const DATABASE_UNAVAILABLE: ApiFailure = {
  status: 503,
  body: { error: DATABASE_UNAVAILABLE_MESSAGE },
  headers: { "retry-after": String(RETRY_AFTER_SECONDS) },
};

const toResponse = ({ status, body, headers }: ApiFailure): NextResponse => NextResponse.json(body, { status, headers });

export function jsonError(status: number, error: string, details?: unknown): NextResponse {
  return toResponse(failure(status, error, details));
}

/** 503 with Retry-After: the database went away mid-request (proxy.ts answers the next ones). */
export function databaseUnavailableResponse(): NextResponse {
  return toResponse(DATABASE_UNAVAILABLE);
}

/** 429 with Retry-After (whole seconds) and the message saying how long to wait. */
export function rateLimitedResponse(error: RateLimitedError): NextResponse {
  return toResponse(rateLimited(error));
}

const rateLimited = (error: RateLimitedError): ApiFailure => ({
  status: 429,
  body: { error: error.message },
  headers: { "retry-after": String(error.retryAfterSeconds) },
});

/**
 * Who may go on: the checks every API request passes before its handler. The proxy's refusals
 * first, for the API routes it does not see (next.config.js): a closed database gate answers 503
 * at once, a declared body over the limit 413. Then the session, and the role if one is required.
 */
export async function admitApiRequest(request: Request | Headers, role?: UserRole): Promise<SessionUser | ApiFailure> {
  const headers = request instanceof Headers ? request : request.headers;
  if (!(await isDatabaseAnswering())) return DATABASE_UNAVAILABLE;
  if (declaresTooLargeBody(headers)) return failure(413, BODY_TOO_LARGE_MESSAGE);
  const user = await currentApiUser(headers);
  if (!user) return failure(401, "Sign in first: this endpoint needs a session.");
  if (role && user.role !== role) return failure(403, `Only ${role}s may do this.`);
  return user;
}

export const isApiFailure = (value: SessionUser | ApiFailure): value is ApiFailure => "status" in value;

/** What a handler's error answers. Only a real bug is a 500, and it is logged. */
export function apiFailureOf(error: unknown, where: { method: string; path: string }): ApiFailure {
  if (error instanceof ApiError) return failure(error.status, error.message, error.details);
  if (error instanceof RateLimitedError) return rateLimited(error);
  if (error instanceof z.ZodError) return failure(400, "The request is not valid.", z.flattenError(error));
  if (isDatabaseUnavailable(error)) {
    reportDatabaseUnavailable();
    return DATABASE_UNAVAILABLE;
  }
  log("api").error({ err: error, ...where }, "request failed");
  return failure(500, "Something went wrong on our side. Please try again.");
}

type Handler<Ctx> = (request: Request, user: SessionUser, context: Ctx) => Promise<Response>;

export function withUser<Ctx>(handler: Handler<Ctx>, options: { role?: UserRole } = {}) {
  return async (request: Request, context: Ctx): Promise<Response> => {
    try {
      const admitted = await admitApiRequest(request, options.role);
      if (isApiFailure(admitted)) return toResponse(admitted);
      return await handler(request, admitted, context);
    } catch (error) {
      return toResponse(apiFailureOf(error, { method: request.method, path: new URL(request.url).pathname }));
    }
  };
}

/** Parse a JSON body with a zod schema; malformed JSON and schema failures are 400s. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  return parseJson(await readBody(request), schema);
}

/** Parse JSON text with a zod schema; malformed JSON and schema failures are 400s. */
export function parseJson<T>(text: string, schema: z.ZodType<T>): T {
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
