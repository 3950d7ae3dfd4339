import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "./client";

/**
 * Run raw SQL and get its rows. `db.execute()` returns an array with postgres.js but
 * `{ rows }` with PGlite; this is the one place that difference is handled.
 */
export async function selectRows<T extends object>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

// Renders SQL as the app's drizzle handles do (db/client.ts opens both with snake_case casing).
const dialect = new PgDialect({ casing: "snake_case" });

/**
 * As selectRows, for a hot read of fixed shape that is costly to plan: on a Postgres server it
 * runs as a prepared statement, which the server parses once per connection and, after five runs,
 * plans once (drizzle runs raw SQL unnamed, parsed and planned on every call). The review post's
 * context read (db/queries/review-context.ts) took 1.5 ms of Postgres CPU to plan and 0.2 ms to
 * run. A cached plan is only as good as the table statistics it was made with (autovacuum's
 * ANALYZE replaces it as tables grow), so writes whose best plan changes as a table grows — the
 * review post's own two, over review_logs — stay unnamed and are planned on every run. postgres.js
 * keeps one prepared statement per distinct text on each connection: only SQL whose text repeats
 * belongs here (see anyOf). On PGlite it is selectRows.
 */
export async function selectRowsPrepared<T extends object>(db: Db, name: string, query: SQL): Promise<T[]> {
  const result = (await db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute()) as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * `any(…)` of a list sent as one JSON parameter: `column = ${anyOf(ids)}`. The statement's text
 * then stays the same whatever the list's length, so a prepared statement serves every batch size
 * (drizzle writes an array as `($1, $2, …)`, a new text for each length). An index on the column
 * is still used: Postgres computes the array first and probes the index with it.
 */
export function anyOf(values: readonly string[], type: "text" | "uuid" = "text"): SQL {
  // Qualified, so no column of the statement around it can be taken for the element.
  return sql`any(array(select any_of.v::${sql.raw(type)} from jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) as any_of(v)))`;
}
