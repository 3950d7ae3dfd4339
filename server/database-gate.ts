/**
 * Is the database answering? Used by proxy.ts to answer 503 at once while it is not, instead of
 * letting requests hang on a dead connection and end in a 500.
 *
 * A heartbeat (`select 1` every 250 ms, each given 1.5 s) runs in the server process on a
 * connection of its own, so it takes nothing from the app's pool. Down is declared after a probe
 * that fails (refused, reset), after {@link SLOW_PROBES_FOR_DOWN} probes in a row that time out
 * (one slow answer on a loaded machine is not an outage: closing the gate for it turned away
 * sign-ins with 503s), or at once when a request fails to reach the database (reportDatabaseUnavailable,
 * from the auth helper, the route and action wrappers and instrumentation's onRequestError); up
 * again after one good probe. Requests already inside the app when the database goes away can
 * still fail (a page with a 500) in the moment before the gate closes. Only a Postgres server can go away: on the embedded database (PGlite, in-process)
 * there is nothing to watch.
 */
import postgres from "postgres";

/** Often enough that few requests reach a database that just went away; 4 `select 1` a second cost nothing. */
export const PROBE_INTERVAL_MS = 250;
export const PROBE_TIMEOUT_MS = 1_500;
/** Probes in a row without an answer in time before the database counts as down. */
export const SLOW_PROBES_FOR_DOWN = 2;
/** What a 503 tells clients: the heartbeat will have looked again by then. */
export const RETRY_AFTER_SECONDS = 5;

interface GateState {
  up: boolean;
  /** When the last probe finished, ok or not. */
  checkedAt: number;
  /** Probes in a row that got no answer in time. */
  slowProbes?: number;
  timer?: ReturnType<typeof setInterval>;
  probing?: Promise<void>;
  client?: postgres.Sql;
}

// On globalThis: one heartbeat per process, however Next bundles this module.
const globalForGate = globalThis as typeof globalThis & { __kizunaDatabaseGate?: GateState };

class ProbeTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function probe(state: GateState, url: string): Promise<void> {
  state.probing ??= (async () => {
    state.client ??= postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 30, onnotice: () => {} });
    try {
      await withTimeout(state.client`select 1`, PROBE_TIMEOUT_MS);
      state.up = true;
      state.slowProbes = 0;
    } catch (error) {
      state.slowProbes = error instanceof ProbeTimeout ? (state.slowProbes ?? 0) + 1 : SLOW_PROBES_FOR_DOWN;
      if (state.slowProbes >= SLOW_PROBES_FOR_DOWN) state.up = false;
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
 * The app saw the database fail to answer mid-request: close the gate now rather than at the
 * next heartbeat, so the requests after this one get the 503 at once. (The heartbeat opens it
 * again when a probe succeeds.)
 */
export function reportDatabaseUnavailable(): void {
  const state = globalForGate.__kizunaDatabaseGate;
  if (!state || !process.env.DATABASE_URL) return;
  state.up = false;
  state.checkedAt = Date.now();
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
  if (Date.now() - state.checkedAt > PROBE_TIMEOUT_MS + 2 * PROBE_INTERVAL_MS) await probe(state, url);
  return state.up;
}
