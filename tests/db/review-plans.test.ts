import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { recordReviews } from "@/db/queries/reviews";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { generateQuestionBank } from "@/lib/questions";
import { fixture } from "../unit/questions/fixture";
import { gradedReview } from "../support/graded-review";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");

const review = (questionId: string, i: number) => gradedReview(questionId, { reviewedAt: new Date(NOW.getTime() + i * 60_000) });

// The batch's two statements are prepared on a Postgres server but planned for each run: a
// generic plan made while the tables were empty (Postgres switches to one after five runs) picked
// item_states_user_introduced_idx and a join filter over all of a student's rows, or a scan of
// every log, and kept it as the tables grew (seen with EXPLAIN EXECUTE under
// plan_cache_mode = force_generic_plan while writing db/queries/review-statements.ts).
describeEachEngine("the review batch's statements", (ctx) => {
  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
  });

  if (ctx.engine === "postgres") {
    it("are prepared once per connection and planned afresh on every run, past the switch to a generic plan", async () => {
      const url = ctx.url();
      if (!url) throw new Error("no server url");
      const single = await openDatabase({ databaseUrl: url, maxConnections: 1, migrate: false });
      try {
        const student = (
          await createUser(single.db, { email: `p-${crypto.randomUUID()}@t.kizuna`, name: "P", role: "student", passwordHash: "x" })
        ).id;
        for (let run = 0; run < 8; run++) {
          const results = await recordReviews(single.db, {
            userId: student,
            reviews: [review(bank[run % 5]!.id, run)],
            desiredRetention: 0.9,
          });
          expect(results.map((r) => r.status)).toEqual(["recorded"]);
        }
        const plans = await selectRows<{ statement: string; generic_plans: number; custom_plans: number }>(
          single.db,
          sql`select statement, generic_plans::int, custom_plans::int from pg_prepared_statements where statement like '%jsonb_to_recordset%'`,
        );
        // The lock-and-read statement and the write statement, each prepared once and run eight times.
        expect(plans).toHaveLength(2);
        for (const plan of plans) expect({ generic: plan.generic_plans, custom: plan.custom_plans }).toEqual({ generic: 0, custom: 8 });
        // A large batch runs unnamed: nothing more is prepared (PREPARED_BATCH_MAX says why).
        const other = (
          await createUser(single.db, { email: `p-${crypto.randomUUID()}@t.kizuna`, name: "Q", role: "student", passwordHash: "x" })
        ).id;
        const large = Array.from({ length: 20 }, (_, i) => review(bank[i % 10]!.id, i));
        expect(await recordReviews(single.db, { userId: other, reviews: large, desiredRetention: 0.9 })).toHaveLength(20);
        const after = await selectRows<{ runs: number }>(
          single.db,
          sql`select (generic_plans + custom_plans)::int as runs from pg_prepared_statements where statement like '%jsonb_to_recordset%'`,
        );
        expect(after.map((p) => p.runs)).toEqual([8, 8]);
        // Outside the batch, the connection plans as it did before.
        const [mode] = await selectRows<{ plan_cache_mode: string }>(single.db, sql`show plan_cache_mode`);
        expect(mode?.plan_cache_mode).toBe("auto");
      } finally {
        await single.close();
      }
    });
  }

  it("leave the dashboard trigger its cached plans", async () => {
    const [fn] = await selectRows<{ config: string[] | null }>(
      ctx.db(),
      sql`select proconfig as config from pg_proc where proname = 'dashboard_count_new_reviews'`,
    );
    expect(fn?.config).toEqual(["plan_cache_mode=auto"]);
  });
});
