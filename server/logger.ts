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
    // Frames only: a stack starts with the message, and a query error's message runs over
    // several lines ("Failed query: …\nparams: <email>,<hash>").
    stack: error.stack
      ?.split("\n")
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 7)
      .join("\n"),
  };
  if (typeof withQuery.code === "string") out.code = withQuery.code;
  if (isQueryError) out.query = (withQuery.query as string).slice(0, 500);
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}

const redactPaths = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** The app's logger, or one writing to `destination` (tests read what would be logged). */
export function createLogger(destination?: pino.DestinationStream) {
  const options = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: undefined,
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: { err: safeError, error: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();

/** A child logger for one area: `log("api").error({ err }, "POST /api/reviews failed")`. */
export function log(scope: string) {
  return logger.child({ scope });
}
