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
    // DrizzleQueryError keeps the name "Error" (and a production build minifies class names).
    type: isQueryError && error.name === "Error" ? "DrizzleQueryError" : error.name,
    // A drizzle query error's message is "Failed query: …\nparams: …": keep only the query
    // (below). Any other message is cut at a "params:" line in case it repeats one.
    message: isQueryError ? "Failed query" : withoutParams(error.message),
    // Only the "at …" frames: the stack's first lines repeat the message, parameters included.
    stack: stackFrames(error.stack),
  };
  if (typeof withQuery.code === "string") out.code = withQuery.code;
  if (isQueryError) out.query = (withQuery.query as string).slice(0, 500);
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}

function withoutParams(message: string): string {
  const at = message.search(/(^|\n)params:/);
  return at === -1 ? message : message.slice(0, at);
}

function stackFrames(stack: string | undefined): string | undefined {
  const frames = stack?.split("\n").filter((line) => /^\s+at /.test(line));
  return frames && frames.length > 0 ? frames.slice(0, 7).join("\n") : undefined;
}

const redactPaths = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/**
 * A logger with the app's redaction and error serialisers. The app uses the one below (stdout);
 * tests pass a destination stream to read what would be written.
 */
export function createLogger(destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: undefined,
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: { err: safeError, error: safeError },
    hooks: {
      // `logger.error(error)` would make the error's raw message the line's `msg`: a drizzle
      // query error's message lists its parameters. Log it under `err`, with the safe message.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (!(first instanceof Error)) return method.apply(this, args);
        const message = typeof rest[0] === "string" ? rest : [safeError(first).message, ...rest];
        return method.apply(this, [{ err: first }, ...message] as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();

/** A child logger for one area: `log("api").error({ err }, "POST /api/reviews failed")`. */
export function log(scope: string) {
  return logger.child({ scope });
}
