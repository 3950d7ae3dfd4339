import { openDatabase, type DbHandle } from "../../db/client";
import { DatabaseLockedError } from "../../db/pglite-lock";
import { EnvError, readEnv } from "../../lib/config/env";

/** Open the configured database for a command-line script, or exit with a clear message. */
export async function openCliDatabase(): Promise<DbHandle> {
  try {
    const env = readEnv({ AUTH_SECRET: "x".repeat(32), ...process.env }); // scripts sign nothing
    return await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, maxConnections: 4 });
  } catch (error) {
    if (error instanceof EnvError || error instanceof DatabaseLockedError) {
      console.error(`[kizuna] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
