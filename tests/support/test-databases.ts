/**
 * Database tests run on every engine available: always an in-memory PGlite, and a Postgres
 * server too when TEST_DATABASE_URL is set. Each test file gets a database of its own (a fresh
 * PGlite, or a new database created on the server and dropped afterwards) so runs can repeat
 * and files cannot see each other's rows.
 */
import crypto from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Db, type DbHandle } from "@/db/client";

export interface TestEngine {
  name: "pglite" | "postgres";
  /** A database of its own; `migrate: false` leaves it empty (for migration tests). */
  open(options?: { migrate?: boolean }): Promise<{ handle: DbHandle; url?: string; drop(): Promise<void> }>;
}

const pglite: TestEngine = {
  name: "pglite",
  async open(options) {
    const handle = await openDatabase({ pgliteDir: "memory://", migrate: options?.migrate });
    return { handle, drop: async () => {} };
  },
};

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const server = (adminUrl: string): TestEngine => ({
  name: "postgres",
  async open(options) {
    const name = `kizuna_t_${crypto.randomBytes(6).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = withDatabase(adminUrl, name);
    const handle = await openDatabase({ databaseUrl: url, maxConnections: 8, migrate: options?.migrate });
    return {
      handle,
      url,
      async drop() {
        await handle.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end({ timeout: 5 });
      },
    };
  },
});

export const testEngines: TestEngine[] = [pglite, ...(process.env.TEST_DATABASE_URL ? [server(process.env.TEST_DATABASE_URL)] : [])];

export interface EngineContext {
  engine: TestEngine["name"];
  db(): Db;
  handle(): DbHandle;
  /** The server URL of this file's database (postgres engine only). */
  url(): string | undefined;
}

/** `describe` once per engine with a migrated (unless `migrate: false`), empty database for the block. */
export function describeEachEngine(title: string, body: (ctx: EngineContext) => void, options: { migrate?: boolean } = {}): void {
  for (const engine of testEngines) {
    describe(`${title} [${engine.name}]`, () => {
      let opened: Awaited<ReturnType<TestEngine["open"]>> | undefined;
      beforeAll(async () => {
        opened = await engine.open(options);
      });
      afterAll(async () => {
        if (!opened) return;
        if (engine.name === "pglite") await opened.handle.close();
        await opened.drop();
      });
      const need = () => {
        if (!opened) throw new Error("database not opened");
        return opened;
      };
      body({ engine: engine.name, db: () => need().handle.db, handle: () => need().handle, url: () => need().url });
    });
  }
}
