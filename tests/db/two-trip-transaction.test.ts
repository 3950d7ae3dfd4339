import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { isDatabaseUnavailable, isUniqueViolation } from "@/db/errors";
import { selectRows } from "@/db/rows";
import { inTwoTripTransaction } from "@/db/two-trip-transaction";
import { countingDb } from "../support/counting-db";
import { describeEachEngine } from "../support/test-databases";

describeEachEngine("a transaction in two round trips", (ctx) => {
  beforeAll(async () => {
    await ctx.db().execute(sql`create table two_trip_notes (id int primary key, note text not null)`);
  });
  const notes = async (ids: number[]) =>
    (
      await selectRows<{ id: number; note: string }>(
        ctx.db(),
        sql`select id, note from two_trip_notes where id = any(${`{${ids.join(",")}}`}::int[]) order by id`,
      )
    ).map((r) => `${r.id}:${r.note}`);
  const insert = (id: number, note: string) => sql`insert into two_trip_notes (id, note) values (${id}, ${note}) returning id`;

  it("commits the first and last statements together, and answers the body's result", async () => {
    const result = await inTwoTripTransaction(ctx.db(), async (steps) => {
      const [first] = await steps.first<{ id: number }>(insert(1, "read"));
      const [last] = await steps.last<{ id: number }>(insert(first!.id + 1, "written"));
      return last!.id;
    });
    expect(result).toBe(2);
    expect(await notes([1, 2])).toEqual(["1:read", "2:written"]);
  });

  it("commits the first statement when the body returns without a last one", async () => {
    await inTwoTripTransaction(ctx.db(), async (steps) => {
      await steps.first(insert(3, "alone"));
    });
    expect(await notes([3])).toEqual(["3:alone"]);
  });

  it("rolls back the first statement when the body throws, and the connection serves the next one", async () => {
    const failing = inTwoTripTransaction(ctx.db(), async (steps) => {
      await steps.first(insert(4, "kept?"));
      throw new Error("computed a conflict");
    });
    await expect(failing).rejects.toThrow("computed a conflict");
    expect(await notes([4])).toEqual([]);
  });

  it("rolls back everything when the last statement fails, and passes its error on", async () => {
    const failing = inTwoTripTransaction(ctx.db(), async (steps) => {
      await steps.first(insert(5, "first"));
      await steps.last(insert(1, "a second row 1"));
    });
    const error = await failing.catch((e: unknown) => e);
    expect(isUniqueViolation(error, "two_trip_notes_pkey")).toBe(true);
    expect(await notes([1, 5])).toEqual(["1:read"]);
  });

  it("refuses statements out of order", async () => {
    await expect(inTwoTripTransaction(ctx.db(), (steps) => steps.last(insert(6, "no first")))).rejects.toThrow(/open transaction/);
    await expect(
      inTwoTripTransaction(ctx.db(), async (steps) => {
        await steps.first(insert(6, "first"));
        await steps.first(insert(7, "first again"));
      }),
    ).rejects.toThrow(/first statement/);
    expect(await notes([6, 7])).toEqual([]);
  });

  if (ctx.engine === "postgres") {
    it("sends BEGIN with the first statement and COMMIT with the last, on one connection", async () => {
      const counting = countingDb(ctx.db(), ctx.engine);
      const pids = await inTwoTripTransaction(counting.db, async (steps) => {
        const [first] = await steps.first<{ pid: number; open: boolean }>(
          sql`select pg_backend_pid() as pid, now() = statement_timestamp() as open`,
        );
        const [last] = await steps.last<{ pid: number; open: boolean }>(
          sql`select pg_backend_pid() as pid, now() = statement_timestamp() as open`,
        );
        return { first, last };
      });
      expect(counting.statements).toEqual(["begin", expect.stringMatching(/^select/), expect.stringMatching(/^select/), "commit"]);
      // One transaction: its start time (now()) is not the last statement's.
      expect(pids.last?.pid).toBe(pids.first?.pid);
      expect(pids.last?.open).toBe(false);
    });

    it("answers a lost connection as the database being unavailable, and the pool reconnects", async () => {
      const url = ctx.url();
      if (!url) throw new Error("no server url");
      // One connection, so the next query must use the one that was lost (or its replacement).
      const single = await openDatabase({ databaseUrl: url, maxConnections: 1, migrate: false });
      try {
        // The last statement ends its own backend: the connection goes while it is in flight.
        const failing = inTwoTripTransaction(single.db, async (steps) => {
          await steps.first(insert(8, "before the cut"));
          await steps.last(sql`select pg_terminate_backend(pg_backend_pid())`);
        });
        const error = await failing.catch((e: unknown) => e);
        expect(isDatabaseUnavailable(error)).toBe(true);
        // The pool serves again (postgres.js may still hand the next query or two a stale answer
        // from the lost connection: an error or no rows; the closing note of issue 13 says more).
        const answers: unknown[] = [];
        for (let i = 0; i < 3 && answers.at(-1) !== 1; i++) {
          answers.push(
            await selectRows<{ one: number }>(single.db, sql`select 1 as one`).then(
              ([row]) => row?.one,
              (e: unknown) => e,
            ),
          );
        }
        expect(answers.at(-1)).toBe(1);
        expect(await notes([8])).toEqual([]);
      } finally {
        await single.close();
      }
    });

    // postgres.js 3.4.9 could throw out of a timer here and end the whole process (patched in
    // patches/postgres+3.4.9.patch; porsager/postgres#1154, #1208). It happened in about one run
    // in three, so the cut is made several times.
    it("answers a transaction whose connection the server ends as unavailable, and the process lives on", async () => {
      const url = ctx.url();
      if (!url) throw new Error("no server url");
      const single = await openDatabase({ databaseUrl: url, maxConnections: 1, migrate: false });
      try {
        for (let cut = 0; cut < 6; cut++) {
          const failing = single.db.transaction(async (tx) => {
            const [own] = await selectRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
            await tx.execute(insert(100 + cut, "in the cut transaction"));
            await ctx.db().execute(sql`select pg_terminate_backend(${own!.pid})`);
            await tx.execute(sql`select 1`);
          });
          const error = await failing.catch((e: unknown) => e);
          expect(isDatabaseUnavailable(error)).toBe(true);
          // The next query may still get the lost backend's own FATAL 57P01 (an "unavailable" answer,
          // so a 503 to its request); the one after that runs on a new connection.
          let answer: unknown;
          for (let i = 0; i < 3 && answer !== 1; i++) {
            answer = await selectRows<{ one: number }>(single.db, sql`select 1 as one`).then(
              ([row]) => row?.one,
              (e: unknown) => e,
            );
          }
          expect(answer).toBe(1);
        }
        expect(await notes([100, 101, 102, 103, 104, 105])).toEqual([]);
      } finally {
        await single.close();
      }
    });
  }
});
