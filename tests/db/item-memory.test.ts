/**
 * Memory per knowledge item (issue 9), on each engine: every face of a fact moves one state; the
 * stored state is what replaying the student's logs through the scheduler gives; and a database
 * of the old schema (one card per question) migrates — SQL migrations, then the data step — to
 * item states equal to that replay, with every log kept and still naming the face that was shown.
 */
import crypto from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { BACKFILL_DASHBOARD_AGGREGATES } from "@/db/data-steps/backfill-dashboard-aggregates";
import { REPLAY_ITEM_STATES, replayStudentItemStates } from "@/db/data-steps/replay-item-states";
import { toCardState } from "@/db/queries/item-states";
import { recordReviews } from "@/db/queries/reviews";
import { createUser } from "@/db/queries/users";
import { runMigrations } from "@/db/migrate";
import { selectRows } from "@/db/rows";
import { dataSteps, itemStates, questions, reviewLogs } from "@/db/schema";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { REVIEW_RATINGS, toCardStateNumber, type ReviewRating } from "@/lib/domain";
import { generateQuestionBank } from "@/lib/questions";
import { itemIdOf } from "@/lib/questions/items";
import type { Question } from "@/lib/questions/types";
import { createScheduler, replayAnswers, toFsrsGrade, type CardState } from "@/lib/scheduling";
import type { GradedReview } from "@/lib/study/graded-review";
import { fixture } from "../unit/questions/fixture";
import { migrationsUpTo } from "../support/old-migrations";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");
const HOUR = 3_600_000;
const scheduler = createScheduler({ desiredRetention: 0.9 });

/** The faces of the first fact with four faces, and an ordering question (an item of its own). */
const factFaces = (() => {
  const byItem = new Map<string, Question[]>();
  for (const q of bank) byItem.set(itemIdOf(q), [...(byItem.get(itemIdOf(q)) ?? []), q]);
  return [...byItem.values()].filter((faces) => faces.length >= 4);
})();
const factA = factFaces[0] ?? [];
const factB = factFaces[1] ?? [];
const ordering = bank.find((q) => q.type === "ordering") as Question;

/** A deterministic history: answers over two weeks across faces of two facts and the ordering question. */
function history(seed: number): { question: Question; rating: ReviewRating; at: Date }[] {
  const faces = [...factA, ...factB, ordering];
  const out: { question: Question; rating: ReviewRating; at: Date }[] = [];
  for (let i = 0; i < 24; i++) {
    const question = faces[(i * 7 + seed) % faces.length] as Question;
    const rating = REVIEW_RATINGS[(i * 5 + seed) % 4] as ReviewRating;
    out.push({ question, rating, at: new Date(NOW.getTime() - 14 * 24 * HOUR + i * 13 * HOUR + seed * 60_000) });
  }
  return out;
}

function graded(question: Question, rating: ReviewRating, at: Date): GradedReview {
  return {
    id: crypto.randomUUID(),
    questionId: question.id,
    mode: "flashcard",
    rating,
    correct: rating !== "again",
    answer: null,
    responseMs: 4000,
    reviewedAt: at,
  };
}

const stateOf = (row: typeof itemStates.$inferSelect) => ({ ...toCardState(row), introducedAt: row.introducedAt });

describeEachEngine("memory per knowledge item", (ctx) => {
  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
  });

  const newStudent = async (name: string) =>
    (await createUser(ctx.db(), { email: `${name}-${crypto.randomUUID()}@t.kizuna`, name, role: "student", passwordHash: "x" })).id;
  const statesOf = (userId: string) =>
    ctx.db().select().from(itemStates).where(eq(itemStates.userId, userId)).orderBy(asc(itemStates.itemId));

  it("moves one state for every face of a fact, and logs the face shown", async () => {
    const student = await newStudent("faces");
    const [mc, other] = factA;
    if (!mc || !other) throw new Error("fixture: a fact with several faces");
    await recordReviews(ctx.db(), { userId: student, reviews: [graded(mc, "good", NOW)], desiredRetention: 0.9 });
    await recordReviews(ctx.db(), {
      userId: student,
      reviews: [graded(other, "good", new Date(NOW.getTime() + 3 * 24 * HOUR))],
      desiredRetention: 0.9,
    });
    const states = await statesOf(student);
    expect(states).toHaveLength(1);
    expect(states[0]?.itemId).toBe(itemIdOf(mc));
    expect(states[0]?.reps).toBe(2);
    const logs = await ctx.db().select().from(reviewLogs).where(eq(reviewLogs.userId, student)).orderBy(asc(reviewLogs.reviewedAt));
    expect(logs.map((l) => l.questionId)).toEqual([mc.id, other.id]);
    expect(logs.map((l) => l.itemId)).toEqual([itemIdOf(mc), itemIdOf(mc)]);
  });

  it("stores exactly what replaying the logs through the scheduler gives", async () => {
    const student = await newStudent("replay");
    // In batches, as devices send them (an offline batch of five, then one by one).
    const answers = history(3);
    await recordReviews(ctx.db(), {
      userId: student,
      reviews: answers.slice(0, 5).map((a) => graded(a.question, a.rating, a.at)),
      desiredRetention: 0.9,
    });
    for (const a of answers.slice(5)) {
      await recordReviews(ctx.db(), { userId: student, reviews: [graded(a.question, a.rating, a.at)], desiredRetention: 0.9 });
    }
    const stored = (await statesOf(student)).map(stateOf);
    const expected = replayAnswers(
      answers.map((a) => ({ itemId: itemIdOf(a.question), rating: toFsrsGrade(a.rating), reviewedAt: a.at })),
      scheduler,
    );
    expect(stored).toHaveLength(expected.size);
    for (const [itemId, { state, introducedAt }] of expected) {
      const row = (await statesOf(student)).find((r) => r.itemId === itemId);
      expect(row && stateOf(row), itemId).toEqual({ ...state, introducedAt });
    }
    // And the data step's replay (from the database's logs) rebuilds the same rows.
    expect(await replayStudentItemStates(ctx.db(), student)).toBe(expected.size);
    expect((await statesOf(student)).map(stateOf)).toEqual(stored);
  });

  it("has run the data step once, on a fresh database too", async () => {
    const rows = await ctx.db().select().from(dataSteps).where(eq(dataSteps.name, REPLAY_ITEM_STATES));
    expect(rows).toHaveLength(1);
  });
});

describeEachEngine(
  "migration from one card per question to one state per item",
  (ctx) => {
    const students: string[] = [];
    const oldCards = new Map<string, CardState>(); // `${user}|${question}` → the old per-question state
    const answersBy = new Map<string, ReturnType<typeof history>>();

    beforeAll(async () => {
      // 1. The old schema, with content and history written the way the old app wrote them.
      await runMigrations(ctx.handle(), ctx.url(), { migrationsFolder: migrationsUpTo(3), dataSteps: false });
      const db = ctx.db();
      for (const [position, q] of bank.entries()) {
        const { itemId: _itemId, reveals: _reveals, ...payload } = q; // old payloads had neither
        await db.execute(sql`insert into questions (id, type, prompt, answer, difficulty, tags, payload, position)
          values (${q.id}, ${q.type}, ${q.prompt}, ${q.answer}, ${q.difficulty}, ${sql.raw(`array[${q.tags.map((t) => `'${t}'`).join(",")}]::text[]`)}, ${JSON.stringify(payload)}::jsonb, ${position})`);
      }
      for (const seed of [1, 2]) {
        const id = crypto.randomUUID();
        await db.execute(
          sql`insert into users (id, email, name, role, password_hash) values (${id}, ${`old-${id}@t.kizuna`}, ${"Old"}, 'student', 'x')`,
        );
        students.push(id);
        const answers = history(seed);
        answersBy.set(id, answers);
        for (const a of answers) {
          const key = `${id}|${a.question.id}`;
          const before = oldCards.get(key) ?? null;
          const { state } = scheduler.review(before, a.rating, a.at);
          oldCards.set(key, state);
          await db.execute(sql`insert into review_logs (id, user_id, question_id, rating, correct, mode, reviewed_at, state_before,
              due_before, stability_after, difficulty_after, scheduled_days)
            values (${crypto.randomUUID()}, ${id}, ${a.question.id}, ${toFsrsGrade(a.rating)}, ${a.rating !== "again"}, 'flashcard',
              ${a.at.toISOString()}::timestamptz, ${toCardStateNumber(before?.state ?? "new")}, ${before ? before.due.toISOString() : null}::timestamptz,
              ${state.stability}, ${state.difficulty}, ${state.scheduledDays})`);
        }
        for (const [key, state] of oldCards) {
          const [user, questionId] = key.split("|");
          if (user !== id) continue;
          const first = answers.find((a) => a.question.id === questionId)?.at ?? NOW;
          await db.execute(sql`insert into card_states (user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days,
              learning_steps, reps, lapses, state, last_review, introduced_at)
            values (${id}, ${questionId}, ${state.due.toISOString()}::timestamptz, ${state.stability}, ${state.difficulty}, ${state.elapsedDays},
              ${state.scheduledDays}, ${state.learningSteps}, ${state.reps}, ${state.lapses}, ${toCardStateNumber(state.state)},
              ${state.lastReview?.toISOString() ?? null}::timestamptz, ${first.toISOString()}::timestamptz)`);
        }
      }
      // 2. The new migrations and the data step, as the app runs them at start-up.
      await runMigrations(ctx.handle(), ctx.url());
    });

    it("keeps every log, each still naming its face and now its item", async () => {
      const logs = await ctx.db().select({ questionId: reviewLogs.questionId, itemId: reviewLogs.itemId }).from(reviewLogs);
      expect(logs).toHaveLength(48);
      const byId = new Map(bank.map((q) => [q.id, q]));
      for (const log of logs) expect(log.itemId).toBe(itemIdOf(byId.get(log.questionId) as Question));
    });

    it("rebuilds each student's item states as the replay of their logs", async () => {
      for (const id of students) {
        const answers = answersBy.get(id) ?? [];
        const expected = replayAnswers(
          answers.map((a) => ({ itemId: itemIdOf(a.question), rating: toFsrsGrade(a.rating), reviewedAt: a.at })),
          scheduler,
        );
        const rows = await ctx.db().select().from(itemStates).where(eq(itemStates.userId, id));
        expect(rows).toHaveLength(expected.size);
        for (const row of rows) {
          const want = expected.get(row.itemId);
          expect(stateOf(row), row.itemId).toEqual({ ...want?.state, introducedAt: want?.introducedAt });
        }
        // An item with one face (the ordering question) has exactly its old card's state.
        const old = oldCards.get(`${id}|${ordering.id}`);
        const row = rows.find((r) => r.itemId === itemIdOf(ordering));
        if (old) expect(row && toCardState(row)).toEqual(old);
        // A fact answered through several faces now has one state with all their reviews.
        const factReps = answers.filter((a) => itemIdOf(a.question) === itemIdOf(factA[0] as Question)).length;
        expect(rows.find((r) => r.itemId === itemIdOf(factA[0] as Question))?.reps).toBe(factReps);
      }
    });

    it("drops the per-question cards, records the step, and does not run it twice", async () => {
      const tables = await selectRows<{ n: number }>(
        ctx.db(),
        sql`select count(*)::int as n from information_schema.tables where table_name = 'card_states'`,
      );
      expect(tables[0]?.n).toBe(0);
      const before = await ctx.db().select().from(itemStates).orderBy(asc(itemStates.userId), asc(itemStates.itemId));
      await runMigrations(ctx.handle(), ctx.url());
      const after = await ctx.db().select().from(itemStates).orderBy(asc(itemStates.userId), asc(itemStates.itemId));
      expect(after).toEqual(before);
      // Each step once: the replay, and (issue 13) the dashboard aggregates' backfill.
      expect((await ctx.db().select().from(dataSteps)).map((s) => s.name).sort()).toEqual(
        [BACKFILL_DASHBOARD_AGGREGATES, REPLAY_ITEM_STATES].sort(),
      );
    });

    it("loads the new bank over the migrated content without moving any question to another item", async () => {
      const before = await ctx.db().select({ id: questions.id, itemId: questions.itemId }).from(questions);
      await syncQuestionBank(ctx.db(), fixture, bank);
      const after = new Map(
        (await ctx.db().select({ id: questions.id, itemId: questions.itemId }).from(questions)).map((r) => [r.id, r.itemId]),
      );
      for (const row of before) expect(after.get(row.id)).toBe(row.itemId);
    });
  },
  { migrate: false },
);
