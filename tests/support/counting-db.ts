/**
 * The same database connection wrapped by a second drizzle instance that records every
 * statement it sends (drizzle's logger), to prove a query's round trips do not grow with its input.
 * Begin/commit are sent by the drivers themselves and are not counted.
 */
import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { Sql } from "postgres";
import type { Db, Engine } from "@/db/client";
import * as schema from "@/db/schema";

export function countingDb(db: Db, engine: Engine): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const logger: Logger = { logQuery: (query) => void statements.push(query) };
  const client = (db as unknown as { $client: unknown }).$client;
  const counted =
    engine === "pglite"
      ? drizzlePglite({ client: client as PGlite, schema, casing: "snake_case", logger })
      : drizzlePostgres({ client: client as Sql, schema, casing: "snake_case", logger });
  return { db: counted as unknown as Db, statements };
}
