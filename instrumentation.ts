import type { Instrumentation } from "next";

/**
 * Runs once when the server process starts: validate the environment, open, migrate and seed the
 * database, and print how to sign in. A bad environment or a locked embedded database stops the
 * server here with a clear message rather than failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file; the build must never open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerDatabase } = await import("./db/startup");
  try {
    await startServerDatabase();
  } catch (error) {
    // Not rethrown: Next would print the raw error, and a database error's message lists the
    // query's parameters (a demo account's password hash). The logger keeps only what is safe.
    const { log } = await import("./server/logger");
    log("startup").fatal({ err: error }, "The database could not be opened, migrated or seeded, so the server stops.");
    process.exit(1);
  }
}

/** Every server error Next catches (pages, route handlers, server actions, proxy), as one log line. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./server/request-error");
  await logRequestError(error, request, context);
};
