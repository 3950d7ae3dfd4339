/**
 * Runs a benchmark on an in-memory PGlite and, when BENCH_DATABASE_URL is set, on a scratch
 * database created on that server and dropped afterwards (so a bench never touches real data).
 */
import crypto from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "../../db/client";

export async function benchOnEachEngine(bench: (engine: string, handle: DbHandle) => Promise<void>): Promise<void> {
  const pglite = await openDatabase({ pgliteDir: "memory://" });
  try {
    await bench("PGlite (embedded, in memory)", pglite);
  } finally {
    await pglite.close();
  }

  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    console.log("\n(set BENCH_DATABASE_URL to measure a Postgres server too)");
    return;
  }
  const name = `kizuna_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let server: DbHandle | undefined;
  // Ctrl-C mid-bench still drops the scratch database: the bench's connections closed first, then the drop.
  const dropAndExit = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: dropping ${name}…`);
    void Promise.resolve(server?.close())
      .catch(() => {})
      .then(() => admin.unsafe(`drop database if exists ${name} with (force)`))
      .catch((error: unknown) => console.error(`could not drop ${name}: ${(error as Error).message}`))
      .finally(() => process.exit(130));
  };
  process.once("SIGINT", dropAndExit);
  process.once("SIGTERM", dropAndExit);
  try {
    const opened = await openDatabase({ databaseUrl: url.toString() });
    server = opened;
    try {
      await bench(`Postgres server (${url.host})`, opened);
    } finally {
      await opened.close();
    }
  } finally {
    process.off("SIGINT", dropAndExit);
    process.off("SIGTERM", dropAndExit);
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
