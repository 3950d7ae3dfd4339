/**
 * Opening the database: postgres.js against a server when DATABASE_URL is set, otherwise an
 * embedded PGlite database. Both are wrapped by drizzle and typed as one `Db`, so queries never
 * care which engine runs them.
 */
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { assertUsableDataDirectory } from "./data-dir";
import { runMigrations } from "./migrate";
import { lockDataDirectory } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type every query function takes first, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  engine: Engine;
  /** Where the data lives, for log lines (server URLs without their password). */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** postgres.js pool size (default 10). */
  maxConnections?: number;
}

export const MEMORY = "memory://";

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

/** Open (and by default migrate) a database. Callers own the handle; the app uses getDb(). */
export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  const handle = options.databaseUrl
    ? openServer(options.databaseUrl, options.maxConnections ?? 10)
    : await openEmbedded(options.pgliteDir ?? "./.data/pglite");
  if (options.migrate !== false) {
    try {
      await runMigrations(handle, options.databaseUrl);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}

/**
 * postgres.js pool options for a server that may go away: give up connecting after 2 s (the
 * default waits 30 s while requests pile up); wait a quarter second between reconnection
 * attempts, not postgres.js's default that grows to 20 s (which kept requests slow long after
 * the database was back); close idle connections after 20 s and every connection after 30
 * minutes, so a pool never holds on to sockets a restart or failover broke.
 */
export const SERVER_POOL_OPTIONS = { connect_timeout: 2, backoff: () => 0.25, idle_timeout: 20, max_lifetime: 30 * 60 };

function openServer(url: string, max: number): DbHandle {
  const client = postgres(url, { max, ...SERVER_POOL_OPTIONS, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
  return { db, engine: "postgres", location: redact(url), close: () => client.end({ timeout: 5 }) };
}

/**
 * The embedded database runs inside the app's own process, and its WebAssembly memory only ever
 * grows: every page of shared buffers it touches stays resident for the life of the server.
 * Postgres's defaults (128 MB of shared buffers, 64 MB for index builds) are sized for a
 * dedicated server; the embedded default's data is tens of MB, and a shared-buffer miss here
 * is a read from the OS page cache. These keep an idle server near 250 MiB instead of 500+
 * (measured by `npm run bench`, key rss_mib_embedded_idle).
 */
export const EMBEDDED_SETTINGS = ["shared_buffers=16MB", "maintenance_work_mem=16MB"];

const embeddedOptions = () => ({ startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS.flatMap((s) => ["-c", s])] });

async function openEmbedded(dir: string): Promise<DbHandle> {
  if (dir === MEMORY) {
    const client = await PGlite.create(embeddedOptions());
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
    return { db, engine: "pglite", location: MEMORY, close: () => client.close() };
  }
  const absolute = path.resolve(dir);
  assertUsableDataDirectory(absolute);
  const release = lockDataDirectory(absolute);
  try {
    const client = await PGlite.create(absolute, embeddedOptions());
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      engine: "pglite",
      location: absolute,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
