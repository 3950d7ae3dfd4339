/**
 * The `pg` client interface rate-limiter-flexible's RateLimiterPostgres store talks to
 * (`query({ name, text, values })` → `{ rows, rowCount }`), over the app's drizzle handle, so the
 * same store counts on PGlite and on a Postgres server.
 *
 * Why not the library's Drizzle store, which takes the handle as it is: it builds its upsert with
 * drizzle's query builder on every attempt, and Postgres parses and plans it each time. On the
 * review post that was 0.5–0.8 ms of app-server CPU and 0.2–0.4 ms of Postgres CPU per request.
 * The Postgres store names its statements, so on a server they run prepared: postgres.js parses
 * each once per connection (PGlite has no statement cache and runs them as sent).
 */
import type { Db } from "@/db";

interface PgQuery {
  name?: string;
  text: string;
  values?: unknown[];
}

interface PgResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

type EngineResult = (Record<string, unknown>[] & { count?: number }) | { rows: Record<string, unknown>[]; affectedRows?: number };

export function rateLimitStoreClient(db: Db) {
  return {
    async query({ name, text, values = [] }: PgQuery): Promise<PgResult> {
      const result = (await db._.session.prepareQuery({ sql: text, params: values }, undefined, name, false).execute()) as EngineResult;
      // postgres.js answers an array with `count`; PGlite `{ rows, affectedRows }`, where
      // affectedRows is 0 for a select.
      const rows = Array.isArray(result) ? result : result.rows;
      const rowCount = Math.max(rows.length, (Array.isArray(result) ? result.count : result.affectedRows) ?? 0);
      // `expire` is a bigint column: postgres.js reads it as a string and PGlite may as a BigInt,
      // and the store subtracts Date.now() from it.
      return { rows: rows.map((row) => ("expire" in row && row.expire !== null ? { ...row, expire: Number(row.expire) } : row)), rowCount };
    },
  };
}
