/**
 * Applies db/migrations (drizzle-kit output) to either engine, then the one-off data steps
 * (db/data-steps/, each recorded in data_steps). Idempotent: drizzle records what
 * ran in drizzle.__drizzle_migrations. On a server, several app instances may start at once, so
 * the run is serialised with a Postgres advisory lock held on a dedicated connection.
 */
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { DbHandle } from "./client";
import { runDataSteps } from "./data-steps";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Arbitrary constant: the advisory lock key that serialises migrations across processes. */
const MIGRATION_LOCK_KEY = 727_001;

/** For tests: migrate from another folder (an older schema), or without the data steps. */
export interface MigrateOptions {
  migrationsFolder?: string;
  dataSteps?: boolean;
}

export async function runMigrations(handle: DbHandle, databaseUrl?: string, options: MigrateOptions = {}): Promise<void> {
  if (handle.engine === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: options.migrationsFolder ?? migrationsFolder });
    if (options.dataSteps !== false) await runDataSteps(handle.db);
    return;
  }
  if (!databaseUrl) throw new Error("runMigrations: a server database needs its URL");
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzle({ client }), { migrationsFolder: options.migrationsFolder ?? migrationsFolder });
    // Still under the lock: one instance runs the data steps, the others find them done.
    if (options.dataSteps !== false) await runDataSteps(handle.db);
  } finally {
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await client.end({ timeout: 5 });
  }
}
