/**
 * The review post's raw SQL helpers (db/rows.ts): a prepared statement answers what the unnamed
 * one does on both engines, and `anyOf` keeps a statement's text the same whatever the list's
 * length, so one prepared statement serves every batch size, without losing any value.
 */
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { expect, it } from "vitest";
import { anyOf, selectRows, selectRowsPrepared } from "@/db/rows";
import { describeEachEngine } from "../support/test-databases";

const listed = (values: string[]) =>
  sql`select x from (values ('a'), ('b,c'), ('d"e'), ('f\\g'), ('{h}'), ('i j')) as v(x) where x = ${anyOf(values)} order by x`;

describeEachEngine("prepared raw SQL", (ctx) => {
  it("answers as the unnamed statement does, every time it is run, for lists of any length and any text", async () => {
    const cases = [[], ["a"], ["b,c", 'd"e'], ["f\\g", "{h}", "i j", "not there"]];
    for (const values of cases) {
      const expected = await selectRows<{ x: string }>(ctx.db(), listed(values));
      expect(expected.map((r) => r.x).sort()).toEqual(values.filter((v) => v !== "not there").sort());
      // Run more than five times: Postgres may switch a prepared statement to a generic plan.
      for (let run = 0; run < 7; run++) expect(await selectRowsPrepared(ctx.db(), "listed", listed(values))).toEqual(expected);
    }
  });

  it("compares uuids as uuids", async () => {
    const id = "5f1c7c3e-8a7b-4c1d-9e2f-0a1b2c3d4e5f";
    const rows = await selectRowsPrepared<{ hit: boolean }>(
      ctx.db(),
      "uuid-any",
      sql`select ${id}::uuid = ${anyOf([id.toUpperCase()], "uuid")} as hit`,
    );
    expect(rows).toEqual([{ hit: true }]);
  });

  it("runs inside a transaction on its connection", async () => {
    const seen = await ctx.db().transaction(async (tx) => {
      await tx.execute(sql`create temporary table prepared_check (x text) on commit drop`);
      await tx.execute(sql`insert into prepared_check values ('inside')`);
      return selectRowsPrepared<{ x: string }>(tx, "in-tx", sql`select x from prepared_check`);
    });
    expect(seen).toEqual([{ x: "inside" }]);
  });
});

it("keeps one statement text for lists of every length", () => {
  const dialect = new PgDialect();
  const text = (n: number) => dialect.sqlToQuery(listed(Array.from({ length: n }, (_, i) => `v${i}`))).sql;
  expect(new Set([0, 1, 2, 50, 500].map(text)).size).toBe(1);
});
