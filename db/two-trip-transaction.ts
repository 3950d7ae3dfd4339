/**
 * A write transaction of the shape "read and lock, compute in Node, write": on a Postgres server
 * it costs two network round trips, not four. Its first statement goes out in the same write as
 * BEGIN, its last in the same write as COMMIT: postgres.js pipelines the queries sent on one
 * reserved connection, and Postgres answers them in order. The review post (db/queries/reviews.ts)
 * is study's hot path, and on this kind of machine each write to Postgres costs the app server
 * about as much CPU as Postgres spends running a small statement (a socket write, a wake-up on
 * each side; `npm run bench` profile), so the round trips saved are CPU saved, not only latency.
 *
 * By default the statements are unnamed, parsed and planned on every run as drizzle runs raw SQL,
 * and postgres.js first asks Postgres for their parameter types: one more round trip each. With
 * `prepare`, each connection parses them once and binds them at once after that; a caller whose
 * plans depend on the tables' statistics sends `set local plan_cache_mode = force_custom_plan` as
 * its `settings` (db/queries/review-statements.ts), as a cached plan is only as good as the
 * statistics it was made with.
 *
 * On PGlite (one connection in the app's own process, no network) it is a drizzle transaction
 * running the same statements.
 */
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import type { Db } from "./client";
import { isDatabaseUnavailable } from "./errors";
import { selectRows } from "./rows";

export interface TwoTripSteps {
  /** The transaction's first statement, sent with its BEGIN. Call it once, first. */
  first<T extends object>(query: SQL): Promise<T[]>;
  /**
   * The transaction's last statement, sent with its COMMIT: once it answers, the transaction has
   * ended, committed if the statement succeeded and rolled back if it failed (Postgres turns the
   * COMMIT of a failed transaction into a rollback). Nothing may be run after it.
   */
  last<T extends object>(query: SQL): Promise<T[]>;
}

// Renders SQL as the app's drizzle handles do (db/client.ts opens both with snake_case casing).
const dialect = new PgDialect({ casing: "snake_case" });

type Run = <T extends object>(query: SQL) => Promise<T[]>;
type State = { now: "idle" | "open" | "ended" };

/**
 * Runs `body` in one transaction. If `body` returns without calling `last`, the transaction is
 * committed; if it throws, rolled back (unless `last` has already ended it). Between `first` and
 * `last` the body computes: it must not wait on other I/O while the transaction holds its locks.
 */
export interface TwoTripOptions {
  /**
   * Prepare the two statements on a Postgres server: each connection parses them once. Postgres
   * then switches to one cached plan after five runs, unless `settings` asks for a plan per run
   * (`set local plan_cache_mode = force_custom_plan`), which a statement whose best plan changes
   * as its tables grow needs.
   */
  prepare?: boolean;
  /** `set local …` statements sent with BEGIN, before the first statement is planned (server only). */
  settings?: string;
}

export async function inTwoTripTransaction<T>(db: Db, body: (steps: TwoTripSteps) => Promise<T>, options: TwoTripOptions = {}): Promise<T> {
  const server = serverClientOf(db);
  if (!server) {
    return db.transaction((tx) => {
      const run: Run = (query) => selectRows(tx, query);
      return body(inOrder({ now: "idle" }, run, run));
    });
  }

  const connection = await server.reserve();
  const state: State = { now: "idle" };
  let connectionLost = false;
  // Every query of a pair is made before any is awaited: postgres.js sends a query when it is
  // first awaited, so they go out in this order, in one write.
  const pair = async <R extends object>(before: string | null, query: SQL, after: string | null): Promise<R[]> => {
    const { sql, params } = dialect.sqlToQuery(query);
    const sent = [
      before === null ? null : connection.unsafe(before),
      connection.unsafe(sql, params as never[], { prepare: options.prepare ?? false }),
      after === null ? null : connection.unsafe(after),
    ];
    const settled = await Promise.allSettled(sent);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) {
      if (isDatabaseUnavailable(failed.reason)) connectionLost = true;
      throw failed.reason;
    }
    return (settled[1] as PromiseFulfilledResult<unknown>).value as R[];
  };
  try {
    const result = await body(
      inOrder(
        state,
        (query) => pair(options.settings ? `begin; ${options.settings}` : "begin", query, null),
        (query) => pair(null, query, "commit"),
      ),
    );
    if (state.now === "open") {
      state.now = "ended";
      await connection.unsafe("commit");
    }
    return result;
  } catch (error) {
    if (isDatabaseUnavailable(error)) connectionLost = true;
    if (state.now === "open" && !connectionLost) await connection.unsafe("rollback").catch(() => {});
    throw error;
  } finally {
    // postgres.js 3.4's release() hands the connection back as open even if it has closed, and
    // the next query on it never answers; a closed one is already in the pool's closed queue,
    // to be reconnected there.
    if (!connectionLost) connection.release();
  }
}

/** The steps, refused out of order (a second first, a last before the first). */
function inOrder(state: State, first: Run, last: Run): TwoTripSteps {
  return {
    first: (query) => {
      if (state.now !== "idle") return Promise.reject(new Error("inTwoTripTransaction: first() must be the transaction's first statement"));
      state.now = "open";
      return first(query);
    },
    last: (query) => {
      if (state.now !== "open") return Promise.reject(new Error("inTwoTripTransaction: last() needs an open transaction"));
      state.now = "ended";
      return last(query);
    },
  };
}

/** The postgres.js client behind a drizzle handle on a Postgres server, or null on PGlite. */
function serverClientOf(db: Db): Sql | null {
  const client = (db as unknown as { $client?: Partial<Sql> }).$client;
  return client && typeof client.reserve === "function" ? (client as Sql) : null;
}
