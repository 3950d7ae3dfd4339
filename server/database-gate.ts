/**
 * Is the database answering? Used by proxy.ts to answer 503 at once while it is not, instead of
 * letting requests hang on a dead connection and end in a 500.
 *
 * A heartbeat (`select 1` every second, each given 1.5 s) runs in the server process on a
 * connection of its own, so it says nothing about and takes nothing from the app's pool. Down is
 * declared after one failed probe; up again after one good one, so recovery is seen within about
 * a second. Only a Postgres server can go away: on the embedded database (PGlite, in-process)
 * there is nothing to watch.
 */
import postgres from "postgres";

export const PROBE_INTERVAL_MS = 1_000;
export const PROBE_TIMEOUT_MS = 1_500;
/** What a 503 tells clients: the heartbeat will have looked again by then. */
export const RETRY_AFTER_SECONDS = 5;

interface GateState {
  up: boolean;
  /** When the last probe finished, ok or not. */
  checkedAt: number;
  timer?: ReturnType<typeof setInterval>;
  probing?: Promise<void>;
  client?: postgres.Sql;
}

// On globalThis: one heartbeat per process, however Next bundles this module.
const globalForGate = globalThis as typeof globalThis & { __kizunaDatabaseGate?: GateState };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function probe(state: GateState, url: string): Promise<void> {
  state.probing ??= (async () => {
    state.client ??= postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 30, onnotice: () => {} });
    try {
      await withTimeout(state.client`select 1`, PROBE_TIMEOUT_MS);
      state.up = true;
    } catch {
      state.up = false;
      // A connection stuck on a dead server is dropped so the next probe connects afresh.
      const stale = state.client;
      state.client = undefined;
      void stale?.end({ timeout: 0 }).catch(() => {});
    } finally {
      state.checkedAt = Date.now();
      state.probing = undefined;
    }
  })();
  return state.probing;
}

/**
 * Whether requests should go ahead: true on the embedded database, or while the server answers.
 * Starts the heartbeat on first use. When the last word is older than two intervals (the
 * heartbeat stalled), waits for one probe rather than trust it.
 */
export async function isDatabaseAnswering(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return true;
  const state = (globalForGate.__kizunaDatabaseGate ??= { up: true, checkedAt: 0 });
  if (!state.timer) {
    state.timer = setInterval(() => void probe(state, url), PROBE_INTERVAL_MS);
    state.timer.unref();
  }
  if (Date.now() - state.checkedAt > 2 * PROBE_INTERVAL_MS) await probe(state, url);
  return state.up;
}
