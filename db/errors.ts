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
