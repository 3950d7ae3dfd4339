/**
 * The same database connection wrapped by a second drizzle instance that records every
 * statement it sends (drizzle's logger), to prove a query's round trips do not grow with its input.
 * Begin/commit are sent by the drivers themselves and are not counted. On a Postgres server the
 * statements sent on a reserved connection (db/two-trip-transaction.ts), which pass drizzle by,
 * are recorded too, begin and commit included.
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
      : drizzlePostgres({ client: recordingReserved(client as Sql, statements), schema, casing: "snake_case", logger });
  return { db: counted as unknown as Db, statements };
}

/** The client, whose reserved connections record each statement sent with `unsafe`. */
function recordingReserved(client: Sql, statements: string[]): Sql {
  const reserve = async () => {
    const reserved = await client.reserve();
    const unsafe: typeof reserved.unsafe = (query, ...rest) => {
      statements.push(query);
      return reserved.unsafe(query, ...rest);
    };
    return new Proxy(reserved, { get: (target, key) => (key === "unsafe" ? unsafe : Reflect.get(target, key)) });
  };
  return new Proxy(client, { get: (target, key) => (key === "reserve" ? reserve : Reflect.get(target, key)) });
}
