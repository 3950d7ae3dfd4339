/**
 * The Next server's start-up (called from instrumentation.ts): open, migrate and seed the
 * database, or stop the process. db/startup.ts prints the banner and the known failures' own
 * messages; anything else is logged here without its query parameters.
 */
import path from "node:path";
import { startServerDatabase } from "@/db/startup";
import { ensureAuthSecret } from "./auth-secret";
import { log } from "./logger";

export async function startServer(): Promise<void> {
  // `npm start` runs its checks, then hands over to `next start` (one process, not a wrapper):
  // the embedded default's generated secret is read here, before any request is signed.
  const { secret } = ensureAuthSecret(process.env, path.join(process.cwd(), ".data"));
  if (secret) process.env.AUTH_SECRET = secret;
  try {
    await startServerDatabase();
  } catch (error) {
    // Not rethrown: Next would print the raw error, and a database error's message lists the
    // query's parameters (a demo account's password hash). The logger keeps only what is safe.
    log("startup").fatal({ err: error }, "The database could not be opened, migrated or seeded, so the server stops.");
    process.exit(1);
  }
}
