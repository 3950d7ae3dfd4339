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
  const { startServer } = await import("./server/start-server");
  await startServer();
}

/**
 * Every server error Next catches (pages, route handlers, server actions, proxy), as one log line.
 * A database that went away mid-request also closes the gate in proxy.ts at once, so the requests
 * after this one get a 503, not the same error (server/database-gate.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./server/request-error");
  await logRequestError(error, request, context);
  const { isDatabaseUnavailable } = await import("./db/errors");
  if (!isDatabaseUnavailable(error)) return;
  const { reportDatabaseUnavailable } = await import("./server/database-gate");
  reportDatabaseUnavailable();
};
