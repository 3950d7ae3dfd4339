import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Run raw SQL and get its rows. `db.execute()` returns an array with postgres.js but
 * `{ rows }` with PGlite; this is the one place that difference is handled.
 */
export async function selectRows<T extends object>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
