/**
 * The one limit on request bodies, checked by proxy.ts for everything it sees and by the API
 * wrapper (server/auth/api.ts) for the API routes the proxy does not see (next.config.js says which).
 */

/** Next's default limit for a server action's body; API bodies are far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = "The request body is too large (at most 1 MB).";

/** A body whose declared length is over the limit (refused before a byte of it is read). */
export function declaresTooLargeBody(headers: Headers): boolean {
  const length = headers.get("content-length");
  return length !== null && Number(length) > MAX_BODY_BYTES;
}
