import crypto from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { loadOfflinePack } from "@/db/queries/offline-pack";
import { recordReviews } from "@/db/queries/reviews";
import type { GradedReview } from "@/lib/study/graded-review";
import { saveStudySettings } from "@/db/queries/study";
import { createUser } from "@/db/queries/users";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { generateQuestionBank } from "@/lib/questions";
import { buildOfflineQueue } from "@/lib/study/offline-queue";
import { itemIdOf } from "@/lib/questions/items";
import { fixture } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

const review = (questionId: string, rating: GradedReview["rating"], reviewedAt: Date): GradedReview => ({
  id: crypto.randomUUID(),
  questionId,
  mode: "quiz",
  rating,
  correct: rating !== "again",
  answer: 0,
  responseMs: 5000,
  reviewedAt,
});

describeEachEngine("the offline pack", (ctx) => {
  let alice = "";
  let bob = "";

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
    const make = (name: string) =>
      createUser(ctx.db(), { email: `${name}-${crypto.randomUUID()}@t.kizuna`, name, role: "student", passwordHash: "x" });
    alice = (await make("alice")).id;
    bob = (await make("bob")).id;
  });

  it("holds three days of new cards for a new student, with their questions", async () => {
    await saveStudySettings(ctx.db(), { userId: alice, settings: { desiredRetention: 0.9, newPerDay: 5, reviewCap: null } });
    const pack = await loadOfflinePack(ctx.db(), { userId: alice, now: NOW, utcOffsetMinutes: 0 });
    expect(pack.userId).toBe(alice);
    expect(pack.cards).toHaveLength(Math.min(15, new Set(bank.map(itemIdOf)).size));
    expect(pack.cards.every((c) => c.kind === "new" && (c.faces.quiz?.prompt.length ?? 0) > 0)).toBe(true);
    // One card per knowledge item, never two faces of one fact.
    expect(new Set(pack.cards.map((c) => c.itemId)).size).toBe(pack.cards.length);
    // The session built from it on the device is today's five.
    const session = buildOfflineQueue(pack, { now: NOW, answered: {}, utcOffsetMinutes: 0, size: 20 });
    expect(session.newCount).toBe(5);
  });

  it("holds the cards due in the next three days with their memory state, and only the student's own", async () => {
    // Two questions of different knowledge items.
    const q1 = bank[0];
    const q2 = bank.find((q) => q1 && itemIdOf(q) !== itemIdOf(q1));
    if (!q1 || !q2) throw new Error("fixture bank too small");
    // Bob's cards must never appear in Alice's pack.
    await recordReviews(ctx.db(), {
      userId: bob,
      reviews: [review(q2.id, "good", new Date(NOW.getTime() - 10 * DAY))],
      desiredRetention: 0.9,
    });
    await recordReviews(ctx.db(), {
      userId: alice,
      reviews: [review(q1.id, "again", new Date(NOW.getTime() - DAY))],
      desiredRetention: 0.9,
    });
    const pack = await loadOfflinePack(ctx.db(), { userId: alice, now: NOW, utcOffsetMinutes: 0 });
    const due = pack.cards.filter((c) => c.kind === "due");
    expect(due.map((c) => c.itemId)).toEqual([itemIdOf(q1)]);
    expect(due[0]?.state).toMatchObject({ reps: 1, lapses: 0 });
    expect(pack.reviewsDoneToday).toBe(0);
    // q2 is new to Alice (Bob's review of it is his alone).
    expect(pack.cards.some((c) => c.kind === "new" && c.itemId === itemIdOf(q2))).toBe(true);
  });
});
