/**
 * The app's one database handle, opened on first use: migrated, seeded, and cached on
 * globalThis. Next bundles instrumentation and routes separately, so a module-level variable
 * would give each bundle its own handle (and PGlite its second opener); globalThis is shared by
 * the whole process.
 */
import { readEnv } from "@/lib/config/env";
import { MEMORY, openDatabase, type Db, type DbHandle } from "./client";
import { collectGarbageNow } from "./release-memory";
import { seedDatabase, type SeedReport } from "./seed";

interface AppDatabase {
  handle: DbHandle;
  seed: SeedReport;
}

const globalForDb = globalThis as typeof globalThis & { __kizunaDb?: Promise<AppDatabase> };

async function openAppDatabase(): Promise<AppDatabase> {
  const env = readEnv();
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    const seed = await seedDatabase(handle.db, { demoUsers: env.SEED_DEMO === "true" });
    if (handle.engine === "pglite" && handle.location !== MEMORY && !seed.content.skipped) {
      // Loading the content (a first start, or new content) grows PGlite's WebAssembly memory,
      // which never shrinks: the server would keep that peak for its whole life (a first start
      // idled 30–40 MiB above a restart, npm run bench). Serve from a fresh instance instead; the
      // old one's memory goes with the next collection. Costs one reopen (~1 s), only then.
      await handle.close();
      const reopened = await openDatabase({ pgliteDir: env.PGLITE_DIR, migrate: false });
      collectGarbageNow();
      return { handle: reopened, seed };
    }
    return { handle, seed };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The opened, migrated and seeded app database (with what seeding did). */
export function getAppDatabase(): Promise<AppDatabase> {
  // Clear the cache on failure, or one failed open would stick for the life of the process.
  globalForDb.__kizunaDb ??= openAppDatabase().catch((error: unknown) => {
    globalForDb.__kizunaDb = undefined;
    throw error;
  });
  return globalForDb.__kizunaDb;
}

export async function getDb(): Promise<Db> {
  return (await getAppDatabase()).handle.db;
}

export type { Db } from "./client";
