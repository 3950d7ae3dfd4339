import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { recordReviews, ReviewConflictError } from "@/db/queries/reviews";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { saveStudySettings } from "@/db/queries/study";
import { DEFAULT_SCHEDULER_PARAMETERS } from "@/db/queries/fsrs-parameters";
import { loadReviewContext } from "@/db/queries/review-context";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/scheduling";
import { countingDb } from "../support/counting-db";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { itemStates, reviewLogs } from "@/db/schema";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { generateQuestionBank } from "@/lib/questions";
import { itemIdOf } from "@/lib/questions/items";
import { studyOrder } from "@/lib/questions/study-order";
import type { GradedReview } from "@/lib/study/graded-review";
import { fixture } from "../unit/questions/fixture";
import { gradedReview } from "../support/graded-review";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");
const desiredRetention = 0.9;

const review = (questionId: string, overrides: Partial<GradedReview> = {}) => gradedReview(questionId, { reviewedAt: NOW, ...overrides });

describeEachEngine("recording reviews", (ctx) => {
  let alice = "";
  let bob = "";
  // Three questions of three different knowledge items (memory is per item).
  const distinct = bank.filter((q, i) => bank.findIndex((o) => itemIdOf(o) === itemIdOf(q)) === i);
  const q1 = distinct[0]?.id ?? "";
  const q2 = distinct[1]?.id ?? "";
  const q3 = distinct[2]?.id ?? "";
  const itemOf = (questionId: string) => itemIdOf(bank.find((q) => q.id === questionId) ?? (bank[0] as (typeof bank)[number]));

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
    const make = (name: string) =>
      createUser(ctx.db(), { email: `${name}-${crypto.randomUUID()}@t.kizuna`, name, role: "student", passwordHash: "x" });
    alice = (await make("alice")).id;
    bob = (await make("bob")).id;
  });

  const logsFor = async (userId: string) => ctx.db().select().from(reviewLogs).where(eq(reviewLogs.userId, userId));
  const cardOf = async (userId: string, questionId: string) =>
    (
      await ctx
        .db()
        .select()
        .from(itemStates)
        .where(and(eq(itemStates.userId, userId), eq(itemStates.itemId, itemOf(questionId))))
    )[0];

  it("reads a post's questions, items and the student's retention in one statement, and records with those items", async () => {
    const dave = (
      await createUser(ctx.db(), { email: `dave-${crypto.randomUUID()}@t.kizuna`, name: "Dave", role: "student", passwordHash: "x" })
    ).id;
    const read = () => loadReviewContext(counting.db, { studentId: dave, questionIds: [q1, q2, q1, "no-such-question"], now: NOW });
    const counting = countingDb(ctx.db(), ctx.engine);
    const defaults = await read();
    expect(counting.statements).toHaveLength(1);
    expect(defaults.desiredRetention).toBe(DEFAULT_STUDY_SETTINGS.desiredRetention);
    expect(defaults.parameters).toEqual(DEFAULT_SCHEDULER_PARAMETERS);
    expect([...defaults.questions.keys()].sort()).toEqual([q1, q2].sort());
    expect(defaults.questions.get(q1)).toEqual({ payload: bank.find((q) => q.id === q1), itemId: itemOf(q1) });
    // The builtin bank is everyone's, and nothing is assigned.
    expect(defaults.refused.size).toBe(0);
    expect(defaults.assignmentFor.size).toBe(0);
    await saveStudySettings(ctx.db(), { userId: dave, settings: { desiredRetention: 0.8, newPerDay: 5, reviewCap: null } });
    const mine = await read();
    expect(mine.desiredRetention).toBeCloseTo(0.8, 5);

    // Given the items just read, the transaction does not read them again, and records the same.
    const itemsOf = new Map([...mine.questions].map(([id, q]) => [id, q.itemId]));
    const before = counting.statements.length;
    const [result] = await recordReviews(counting.db, { userId: dave, reviews: [review(q2)], desiredRetention: 0.8, itemOf: itemsOf });
    expect(result).toMatchObject({ status: "recorded", itemId: itemOf(q2) });
    expect(counting.statements.slice(before).some((s) => /from\s+"questions"/i.test(s))).toBe(false);
    expect((await cardOf(dave, q2))?.reps).toBe(1);
  });

  it("appends a log and creates the card state in one go", async () => {
    const [result] = await recordReviews(ctx.db(), { userId: alice, reviews: [review(q1)], desiredRetention });
    expect(result?.status).toBe("recorded");
    const card = await cardOf(alice, q1);
    expect(card?.reps).toBe(1);
    expect(card?.due.getTime()).toBeGreaterThan(NOW.getTime());
    expect(await logsFor(alice)).toHaveLength(1);
  });

  it("records a retried or doubled submit once", async () => {
    const again = review(q2, { rating: "again", correct: false });
    const first = await recordReviews(ctx.db(), { userId: alice, reviews: [again], desiredRetention });
    const retry = await recordReviews(ctx.db(), { userId: alice, reviews: [again, again], desiredRetention });
    expect(first[0]?.status).toBe("recorded");
    expect(retry.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    const logs = (await logsFor(alice)).filter((l) => l.questionId === q2);
    expect(logs).toHaveLength(1);
    expect(logs[0]?.rating).toBe(1);
    expect((await cardOf(alice, q2))?.reps).toBe(1);
  });

  it("never touches another student's card, and refuses a review id someone else used", async () => {
    const before = await cardOf(alice, q1);
    const stolen = (await logsFor(alice))[0];
    expect(stolen).toBeDefined();
    // Bob reuses Alice's review id in a batch with a valid review: the whole batch is refused.
    const valid = review(q1);
    await expect(
      recordReviews(ctx.db(), { userId: bob, reviews: [valid, review(q1, { id: stolen?.id ?? "" })], desiredRetention }),
    ).rejects.toBeInstanceOf(ReviewConflictError);
    expect(await logsFor(bob)).toHaveLength(0);
    expect(await cardOf(bob, q1)).toBeUndefined();
    expect(await cardOf(alice, q1)).toEqual(before);

    // Bob reviewing the same question changes only Bob's card.
    await recordReviews(ctx.db(), { userId: bob, reviews: [review(q1, { rating: "easy" })], desiredRetention });
    expect((await cardOf(bob, q1))?.reps).toBe(1);
    expect(await cardOf(alice, q1)).toEqual(before);
  });

  it("leaves a consistent card when two tabs answer the same card at once", async () => {
    const q = q3;
    const tabs = await Promise.all([
      recordReviews(ctx.db(), { userId: alice, reviews: [review(q, { reviewedAt: NOW })], desiredRetention }),
      recordReviews(ctx.db(), { userId: alice, reviews: [review(q, { reviewedAt: new Date(NOW.getTime() + 60_000) })], desiredRetention }),
    ]);
    expect(tabs.flat().map((r) => r.status)).toEqual(["recorded", "recorded"]);
    const card = await cardOf(alice, q);
    const logs = (await logsFor(alice)).filter((l) => l.questionId === q);
    // Both answers applied one after the other: two logs, two reps, and the card
    // reflects the second (its state before was the state the first left).
    expect(logs).toHaveLength(2);
    expect(card?.reps).toBe(2);
    const statesBefore = logs.map((l) => l.stateBefore).sort();
    expect(statesBefore[0]).toBe(0); // the first saw a new card…
    expect(statesBefore[1]).not.toBe(0); // …the second saw what the first left, not "new" again
  });

  it("builds the queue: due cards first, then new ones up to the daily limit", async () => {
    const carol = (
      await createUser(ctx.db(), { email: `carol-${crypto.randomUUID()}@t.kizuna`, name: "Carol", role: "student", passwordHash: "x" })
    ).id;
    await saveStudySettings(ctx.db(), { userId: carol, settings: { desiredRetention: 0.9, newPerDay: 5, reviewCap: null } });
    const fresh = await loadStudyQueue(ctx.db(), { userId: carol, now: NOW, utcOffsetMinutes: 0, scope: {} });
    expect(fresh.dueCount).toBe(0);
    expect(fresh.newCount).toBe(5);
    // The first five knowledge items in study order, each once, new ones asked by recognition (or their one exercise).
    const firstItems = [...new Set(studyOrder(bank).map(itemIdOf))].slice(0, 5);
    expect(new Set(fresh.items.map((i) => i.itemId))).toEqual(new Set(firstItems));
    expect(fresh.items).toHaveLength(5);
    for (const item of fresh.items) {
      expect(itemIdOf(item.question)).toBe(item.itemId);
      const faces = bank.filter((q) => itemIdOf(q) === item.itemId).map((q) => q.type);
      if (faces.some((t) => t === "multiple_choice" || t === "true_false"))
        expect(["multiple_choice", "true_false"]).toContain(item.question.type);
    }

    // Answer two of them wrong: they come back due (in a minute), new cards shrink to 3 today.
    const [a, b] = fresh.items;
    await recordReviews(ctx.db(), {
      userId: carol,
      reviews: [
        review(a?.question.id ?? "", { rating: "again", correct: false }),
        review(b?.question.id ?? "", { rating: "again", correct: false }),
      ],
      desiredRetention,
    });
    const later = new Date(NOW.getTime() + 30 * 60_000);
    const queue = await loadStudyQueue(ctx.db(), { userId: carol, now: later, utcOffsetMinutes: 0, scope: {} });
    expect(queue.items.slice(0, 2).map((i) => i.kind)).toEqual(["due", "due"]);
    expect(queue.dueCount).toBe(2);
    expect(queue.newCount).toBe(3);
    expect(queue.items[0]?.intervals.again).toMatch(/^\d+(\.\d+)?(m|h|d|mo|y)$/);
  });

  it("narrows the queue to one event", async () => {
    const dave = (
      await createUser(ctx.db(), { email: `dave-${crypto.randomUUID()}@t.kizuna`, name: "Dave", role: "student", passwordHash: "x" })
    ).id;
    const slug = fixture.events[1]?.slug ?? "";
    const queue = await loadStudyQueue(ctx.db(), { userId: dave, now: NOW, utcOffsetMinutes: 0, scope: { event: slug } });
    const expected = new Set(bank.filter((q) => q.eventIds.includes(slug)).map(itemIdOf)).size;
    expect(queue.newCount).toBeLessThanOrEqual(Math.min(expected, 20));
    // Every item of the event is offered, bar those that give each other away (left for another session).
    expect(queue.newCount).toBeGreaterThanOrEqual(Math.min(expected, 20) - 2);
    expect(new Set(queue.items.map((i) => i.itemId)).size).toBe(queue.items.length);
    expect(queue.items.every((i) => i.question.eventIds.includes(slug))).toBe(true);
  });

  it("keeps the log append-only and aggregate-friendly (indexes exist)", async () => {
    const indexes = await selectRows<{ indexname: string }>(
      ctx.db(),
      sql`select indexname from pg_indexes where tablename in ('item_states', 'review_logs')`,
    );
    const names = indexes.map((i) => i.indexname);
    expect(names).toEqual(
      expect.arrayContaining([
        "item_states_user_due_idx",
        "item_states_user_introduced_idx",
        "review_logs_user_time_idx",
        "review_logs_question_idx",
        "review_logs_item_idx",
      ]),
    );
  });
});
