/**
 * The demo class (npm run seed:demo) as a teacher and its students meet it: every submitted
 * scored-quiz attempt holds the answers its score was counted from, so a student's results page
 * lists what they answered (it showed "Not answered" under a 12 / 12 score before).
 */
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { selectRows } from "@/db/rows";
import { seedDatabase } from "@/db/seed";
import { seedDemoClass } from "@/db/seed/demo-class";
import { describeEachEngine } from "../support/test-databases";

describeEachEngine("demo class seed", (ctx) => {
  beforeAll(async () => {
    await seedDatabase(ctx.db(), { demoUsers: true });
    await seedDemoClass(ctx.db(), { now: new Date("2026-11-29T09:00:00Z") });
  }, 240_000);

  it("gives every submitted quiz attempt the answers its score counts", async () => {
    const attempts = await selectRows<{ submitted: boolean; correct: number | null; total: number | null; answers: number; right: number }>(
      ctx.db(),
      sql`select a.submitted_at is not null as submitted, a.correct, a.total,
                 (select count(*)::int from quiz_attempt_answers x where x.attempt_id = a.id) as answers,
                 (select count(*)::int from quiz_attempt_answers x where x.attempt_id = a.id and x.correct) as right
          from quiz_attempts a`,
    );
    const submitted = attempts.filter((a) => a.submitted);
    expect(submitted.length).toBeGreaterThan(20);
    for (const a of submitted) expect({ answers: a.answers, right: a.right }).toEqual({ answers: a.total, right: a.correct });
    // An abandoned attempt keeps the few answers given before the student left.
    for (const a of attempts.filter((x) => !x.submitted)) expect(a.answers).toBeGreaterThan(0);
  });
});
