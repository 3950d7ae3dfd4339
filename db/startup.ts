import { EnvError } from "@/lib/config/env";
import { getAppDatabase } from ".";
import { DataDirectoryError } from "./data-dir";
import { DatabaseLockedError } from "./pglite-lock";
import { DEMO_PASSWORD } from "./seed/demo-users";

/** Open the app database at server start and print where it is and how to sign in. */
export async function startServerDatabase(): Promise<void> {
  const started = performance.now();
  try {
    const { handle, seed } = await getAppDatabase();
    const ms = Math.round(performance.now() - started);
    console.log(`[kizuna] database ready: ${handle.engine} at ${handle.location} (${ms} ms)`);
    const { content } = seed;
    console.log(
      `[kizuna] content ${content.version}: ${content.events} events, ${content.questions} questions` +
        (content.skipped ? " (unchanged)" : ` (loaded${content.retired ? `, ${content.retired} retired` : ""})`),
    );
    if (seed.demoUsers.length > 0) {
      console.log(`[kizuna] demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const user of seed.demoUsers) console.log(`[kizuna]   ${user.role.padEnd(7)} ${user.email}`);
    }
  } catch (error) {
    // These two carry a message written for the person starting the server (what is wrong, how
    // to fix it). Anything else is rethrown for server/start-server.ts to log without its parameters.
    if (error instanceof EnvError || error instanceof DatabaseLockedError || error instanceof DataDirectoryError) {
      console.error(`\n[kizuna] ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
