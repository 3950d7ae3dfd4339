/**
 * The demo class (npm run seed:demo) as a teacher and its students meet it: every submitted
 * scored-quiz attempt holds the answers its score was counted from, so a student's results page
 * lists what they answered (it showed "Not answered" under a 12 / 12 score before).
 */
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { selectRows } from "@/db/rows";
import { listStudentAssignments } from "@/db/queries/assignments";
import { seedDatabase } from "@/db/seed";
import { DEMO_ACTIVE_STUDENT_EMAIL, seedDemoClass } from "@/db/seed/demo-class";
import { describeEachEngine } from "../support/test-databases";

const NOW = new Date("2026-11-29T09:00:00Z");
const DAY = 86_400_000;

describeEachEngine("demo class seed", (ctx) => {
  beforeAll(async () => {
    await seedDatabase(ctx.db(), { demoUsers: true });
    await seedDemoClass(ctx.db(), { now: NOW });
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

  it("asks each fact once per set (two faces of one fact would share one memory and give each other away)", async () => {
    const sets = await selectRows<{ questions: number; facts: number }>(
      ctx.db(),
      sql`select count(*)::int as questions, count(distinct q.item_id)::int as facts
          from quiz_set_items i join questions q on q.id = i.question_id group by i.set_id`,
    );
    expect(sets.length).toBe(2);
    for (const set of sets) expect(set.facts).toBe(set.questions);
  });

  it("gives Sophea, the demo student a newcomer signs in as, a history: the quiz submitted with its answers, and the practice under way", async () => {
    const [sophea] = await selectRows<{ id: string }>(ctx.db(), sql`select id from users where email = ${DEMO_ACTIVE_STUDENT_EMAIL}`);
    if (!sophea) throw new Error("the demo student is missing");
    // What her home page lists: the scored quiz submitted and scored, the practice started.
    const mine = await listStudentAssignments(ctx.db(), sophea.id);
    expect(mine.map((a) => a.isQuiz)).toEqual([true, false]);
    const [quiz, practice] = mine;
    expect(quiz).toMatchObject({ questions: 12, answered: 12, attemptSubmitted: true });
    expect(quiz?.score).toBeGreaterThan(0);
    expect(practice?.answered).toBeGreaterThan(0);
    // Her quiz attempt keeps the answers its score counts, like every other student's.
    const [attempt] = await selectRows<{ correct: number; answers: number; right: number }>(
      ctx.db(),
      sql`select a.correct,
                 (select count(*)::int from quiz_attempt_answers x where x.attempt_id = a.id) as answers,
                 (select count(*)::int from quiz_attempt_answers x where x.attempt_id = a.id and x.correct) as right
          from quiz_attempts a where a.student_id = ${sophea.id}`,
    );
    expect(attempt).toEqual({ correct: quiz?.score, answers: 12, right: quiz?.score });
    // Reviews through recordReviews, all in the past four weeks and before today, with card states to match.
    const [logs] = await selectRows<{ reviews: number; first: string | Date; last: string | Date; states: number }>(
      ctx.db(),
      sql`select count(*)::int as reviews, min(reviewed_at) as first, max(reviewed_at) as last,
                 (select count(*)::int from item_states s where s.user_id = ${sophea.id}) as states
          from review_logs where user_id = ${sophea.id}`,
    );
    expect(logs?.reviews).toBeGreaterThan(20);
    expect(logs?.states).toBeGreaterThan(12);
    expect(new Date(logs?.first ?? 0).getTime()).toBeGreaterThan(NOW.getTime() - 28 * DAY);
    expect(new Date(logs?.last ?? NOW).getTime()).toBeLessThan(Date.parse("2026-11-29T00:00:00Z"));
  });
});
