import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { recordReviews, ReviewConflictError } from "@/db/queries/reviews";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { itemStates, reviewLogs } from "@/db/schema";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { REVIEW_RATINGS } from "@/lib/domain";
import { generateQuestionBank } from "@/lib/questions";
import { itemIdOf } from "@/lib/questions/items";
import type { GradedReview } from "@/lib/study/graded-review";
import { fixture } from "../unit/questions/fixture";
import { countingDb } from "../support/counting-db";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");
const desiredRetention = 0.9;

function review(questionId: string, i: number): GradedReview {
  return {
    id: crypto.randomUUID(),
    questionId,
    mode: "quiz",
    rating: REVIEW_RATINGS[i % REVIEW_RATINGS.length] ?? "good",
    correct: i % 4 !== 0,
    answer: i % 3,
    responseMs: 3000 + i,
    reviewedAt: new Date(NOW.getTime() + i * 60_000),
  };
}

describeEachEngine("recording a batch of reviews set-based", (ctx) => {
  const newStudent = async () =>
    (
      await createUser(ctx.db(), {
        email: `s-${crypto.randomUUID()}@t.kizuna`,
        name: "S",
        role: "student",
        passwordHash: "x",
      })
    ).id;
  // 50 reviews over 20 knowledge items (several per item, in scrambled order).
  const batchOf = (size: number) => Array.from({ length: size }, (_, i) => review(bank[(i * 7) % 20]?.id ?? "", i)).reverse();

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
  });

  it("sends the same number of statements for a batch of 1 and of 50", async () => {
    const counts: number[] = [];
    for (const size of [1, 50]) {
      const student = await newStudent();
      const counting = countingDb(ctx.db(), ctx.engine);
      const results = await recordReviews(counting.db, { userId: student, reviews: batchOf(size), desiredRetention });
      expect(results.every((r) => r.status === "recorded")).toBe(true);
      counts.push(counting.statements.filter((s) => !/^\s*(begin|commit|rollback|savepoint|release)\b/i.test(s)).length);
    }
    // The faces' items (read before the transaction), then its two statements.
    expect(counts).toEqual([3, 3]);
  });

  it("stores what one review per transaction would have stored", async () => {
    const batch = batchOf(50);
    const [oneByOne, together] = [await newStudent(), await newStudent()];
    const chronological = [...batch].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    for (const r of chronological) {
      await recordReviews(ctx.db(), { userId: oneByOne, reviews: [{ ...r, id: crypto.randomUUID() }], desiredRetention });
    }
    const results = await recordReviews(ctx.db(), { userId: together, reviews: batch, desiredRetention });
    expect(results.map((r) => r.id)).toEqual(batch.map((r) => r.id)); // the client's order
    const statesOf = async (userId: string) =>
      (await ctx.db().select().from(itemStates).where(eq(itemStates.userId, userId)))
        .map(({ userId: _u, updatedAt: _t, ...rest }) => rest)
        .sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
    expect(await statesOf(together)).toEqual(await statesOf(oneByOne));
    const logsOf = async (userId: string) =>
      (await ctx.db().select().from(reviewLogs).where(eq(reviewLogs.userId, userId)))
        .map(({ id: _i, userId: _u, ...rest }) => rest)
        .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    expect(await logsOf(together)).toEqual(await logsOf(oneByOne));
  });

  it("records each id once when the same batch is sent twice at the same time", async () => {
    const student = await newStudent();
    const batch = batchOf(30);
    const [a, b] = await Promise.all([
      recordReviews(ctx.db(), { userId: student, reviews: batch, desiredRetention }),
      recordReviews(ctx.db(), { userId: student, reviews: batch, desiredRetention }),
    ]);
    for (let i = 0; i < batch.length; i++) {
      expect([a[i]?.status, b[i]?.status].sort()).toEqual(["duplicate", "recorded"]);
    }
    const logs = await ctx.db().select().from(reviewLogs).where(eq(reviewLogs.userId, student));
    expect(logs).toHaveLength(30);
    const states = await ctx.db().select().from(itemStates).where(eq(itemStates.userId, student));
    const perItem = new Map<string, number>();
    for (const l of logs) perItem.set(l.itemId, (perItem.get(l.itemId) ?? 0) + 1);
    for (const s of states) expect(s.reps).toBe(perItem.get(s.itemId));
  });

  if (ctx.engine === "postgres") {
    it("refuses the batch when another account commits the same id while it waits (409, nothing written)", async () => {
      const [alice, bob] = [await newStudent(), await newStudent()];
      const q = bank[0]?.id ?? "";
      const stolen = crypto.randomUUID();
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let logged: () => void = () => {};
      const bobLogged = new Promise<void>((resolve) => (logged = resolve));
      // Bob's transaction logs the id and stays open; Alice's insert of the same id must wait for it.
      const bobTx = ctx.db().transaction(async (tx) => {
        await tx.execute(sql`insert into review_logs (id, user_id, question_id, item_id, rating, correct, mode, reviewed_at,
            state_before, stability_after, difficulty_after, scheduled_days)
          values (${stolen}, ${bob}, ${q}, ${itemIdOf(bank[0] as (typeof bank)[number])}, 3, true, 'quiz', ${NOW.toISOString()}, 0, 1, 5, 1)`);
        logged();
        await held;
      });
      // Alice starts only once Bob's row exists (on another connection she could otherwise commit first).
      await bobLogged;
      const aliceBatch = [review(bank[5]?.id ?? "", 1), { ...review(q, 2), id: stolen }];
      const alice$ = recordReviews(ctx.db(), { userId: alice, reviews: aliceBatch, desiredRetention });
      alice$.catch(() => {}); // awaited below
      // Wait until Alice's insert blocks on Bob's row lock (polling the server, no fixed sleep).
      for (;;) {
        const [row] = await selectRows<{ n: number }>(
          ctx.db(),
          sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if ((row?.n ?? 0) > 0) break;
        await new Promise((r) => setImmediate(r));
      }
      release();
      await bobTx;
      await expect(alice$).rejects.toBeInstanceOf(ReviewConflictError);
      expect(await ctx.db().select().from(reviewLogs).where(eq(reviewLogs.userId, alice))).toHaveLength(0);
      expect(await ctx.db().select().from(itemStates).where(eq(itemStates.userId, alice))).toHaveLength(0);
    }, 30_000);
  }
});
