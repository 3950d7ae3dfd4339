/**
 * The one server logger: JSON lines on stdout (pino), one `scope` field per area instead of
 * ad-hoc "[prefix]" strings. It must never write secrets: passwords, hashes, cookies and session
 * tokens are redacted by path, and database errors are reduced to their code and query text,
 * because drizzle's DrizzleQueryError puts every bound parameter (an email, a bcrypt hash) into
 * its message.
 */
import pino from "pino";

const SECRET_KEYS = ["password", "passwordHash", "password_hash", "hash", "cookie", "cookies", "authorization", "token", "sessionToken"];

export interface SafeError {
  type: string;
  message: string;
  code?: string;
  query?: string;
  stack?: string;
  cause?: SafeError;
}

/** An error as it may be logged: no bound parameters, no message that repeats them. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, 200) };
  const withQuery = error as Error & { query?: unknown; params?: unknown; code?: unknown };
  const isQueryError = typeof withQuery.query === "string" && "params" in withQuery;
  const out: SafeError = {
    type: error.name,
    // A drizzle query error's message is "Failed query: … params: …": keep only the query.
    message: isQueryError ? "Failed query" : error.message,
    stack: error.stack?.split("\n").slice(isQueryError ? 1 : 0, 8).join("\n"),
  };
  if (typeof withQuery.code === "string") out.code = withQuery.code;
  if (isQueryError) out.query = (withQuery.query as string).slice(0, 500);
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}

const redactPaths = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: undefined,
  redact: { paths: redactPaths, censor: "[redacted]" },
  serializers: { err: safeError, error: safeError },
});

/** A child logger for one area: `log("api").error({ err }, "POST /api/reviews failed")`. */
export function log(scope: string) {
  return logger.child({ scope });
}
