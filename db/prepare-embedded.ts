/**
 * A first start's heavy lifting, done by `npm start`'s preflight (scripts/start.ts) in its own
 * short-lived process: create the embedded database, migrate it and load the content. Creating
 * and loading a PGlite database compiles and runs Postgres's WebAssembly hard (initdb, thousands of
 * inserts); the memory that takes (680 MiB at its peak) is never all returned by the process that
 * did it. Done here, it goes when the preflight exits, and the server opens a ready database as on
 * any later start (npm run bench:memory). A folder that already holds a database is left to the
 * server, which loads new content itself when the code brings some.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./client";
import { seedDatabase, type SeedReport } from "./seed";

/** PG_VERSION is the first file initdb writes into a Postgres data folder. */
export function holdsDatabase(dir: string): boolean {
  return fs.existsSync(path.join(dir, "PG_VERSION"));
}

/** Creates and loads the database in `dir` unless it exists; null when there was nothing to do. */
export async function prepareEmbeddedDatabase(dir: string, options: { demoUsers: boolean }): Promise<SeedReport | null> {
  if (holdsDatabase(dir)) return null;
  const handle = await openDatabase({ pgliteDir: dir });
  try {
    return await seedDatabase(handle.db, options);
  } finally {
    await handle.close();
  }
}
