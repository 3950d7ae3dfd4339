/**
 * Whether a database error is a unique violation (SQLSTATE 23505), optionally of one named
 * constraint or index. postgres.js puts the code on the error; PGlite too; drizzle may wrap
 * either in an error whose `cause` carries it.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name: pgName, constraint: liteName } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505")
      return !constraint || pgName === constraint || liteName === constraint || String((e as Error).message).includes(constraint);
  }
  return false;
}

/** Error codes that mean "the database server cannot be reached", not "this query is wrong". */
const UNAVAILABLE_CODES = new Set([
  // Node sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // postgres.js
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  // Postgres: shutting down, starting up, too many connections
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

/**
 * Whether an error means the database server is unreachable (down, restarting, network cut):
 * worth a 503 and a retry, not a bug. Looks through drizzle's wrapping (`cause`). SQLSTATE class
 * 08 is "connection exception".
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
    // AggregateError: a connection attempt to each address (IPv4 and IPv6) failed.
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}
