/**
 * The card rules evaluated in SQL (db/queries/card-rules.ts) and in TypeScript (lib/scheduling)
 * are one rule: the same card at the same `now` gets the same predicted recall and the same leech
 * verdict from both, on each engine — and the student's progress queries use them.
 */
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { buildIsLeechSql, buildRecallSql, curveOfDecaySql } from "@/db/queries/card-rules";
import { insertParameterSet, studentDecaySql } from "@/db/queries/fsrs-parameters";
import { toCardState } from "@/db/queries/item-states";
import { countCardsByState, listRecallByTopic } from "@/db/queries/progress";
import { recordReviews } from "@/db/queries/reviews";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { itemStates } from "@/db/schema";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { toCardStateNumber, type CardStateName } from "@/lib/domain";
import { generateQuestionBank } from "@/lib/questions";
import { itemIdOf } from "@/lib/questions/items";
import { default_w } from "ts-fsrs";
import { FORGETTING_CURVE, forgettingCurveOf, isLeech, LEECH_LAPSES, predictRecall } from "@/lib/scheduling";
import { fixture } from "../unit/questions/fixture";
import { TEST_FIT_FIGURES } from "../support/fsrs-fit-figures";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
/** One face per knowledge item (memory is per item), in bank order. */
const faces = bank.filter((q, i) => bank.findIndex((other) => itemIdOf(other) === itemIdOf(q)) === i);
const NOW = new Date("2026-03-10T15:47:12.345Z");
const HOUR = 3_600_000;

/** Hand-made cards: fractional stabilities, reviews minutes to months old, one dated after NOW, leeches either side of the threshold. */
const CARDS: { stability: number; hoursAgo: number; lapses: number; state: CardStateName }[] = [
  { stability: 0.2, hoursAgo: 0.25, lapses: 0, state: "learning" },
  { stability: 1.37, hoursAgo: 5.5, lapses: 0, state: "review" },
  { stability: 3, hoursAgo: 71.9, lapses: 1, state: "review" },
  { stability: 12.75, hoursAgo: 24 * 9.3, lapses: LEECH_LAPSES - 1, state: "relearning" },
  { stability: 40, hoursAgo: 24 * 95, lapses: LEECH_LAPSES, state: "review" },
  { stability: 250.5, hoursAgo: 24 * 400, lapses: LEECH_LAPSES + 3, state: "review" },
  { stability: 0.005, hoursAgo: 30, lapses: 0, state: "relearning" }, // below MIN_STABILITY
  { stability: 6, hoursAgo: -2, lapses: 0, state: "review" }, // an offline review synced with a fast clock
];

describeEachEngine("card rules: SQL and TypeScript agree", (ctx) => {
  let student = "";

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
    student = (
      await createUser(ctx.db(), { email: `rules-${crypto.randomUUID()}@t.kizuna`, name: "Rules", role: "student", passwordHash: "x" })
    ).id;
    await ctx
      .db()
      .insert(itemStates)
      .values(
        CARDS.map((c, i) => ({
          userId: student,
          itemId: itemIdOf(faces[i] ?? bank[0]!),
          due: NOW,
          stability: c.stability,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 1,
          learningSteps: 0,
          reps: 1 + c.lapses,
          lapses: c.lapses,
          state: toCardStateNumber(c.state),
          lastReview: new Date(NOW.getTime() - c.hoursAgo * HOUR),
          introducedAt: new Date("2025-01-01T00:00:00Z"),
        })),
      );
    // And cards the scheduler itself wrote (ts-fsrs stabilities, real timestamps).
    const reviewedAt = new Date(NOW.getTime() - 3.3 * 24 * HOUR);
    await recordReviews(ctx.db(), {
      userId: student,
      reviews: faces.slice(CARDS.length, CARDS.length + 3).map((q, i) => ({
        id: crypto.randomUUID(),
        questionId: q.id,
        mode: "flashcard",
        rating: (["hard", "good", "easy"] as const)[i] ?? "good",
        correct: true,
        answer: null,
        responseMs: 3000,
        reviewedAt: new Date(reviewedAt.getTime() + i * 7 * 60_000),
      })),
      desiredRetention: 0.9,
    });
  });

  const loadCards = () => ctx.db().select().from(itemStates).where(eq(itemStates.userId, student));

  it("predicts the same recall in SQL as predictRecall, for every card", async () => {
    const rows = await selectRows<{ item_id: string; recall: number }>(
      ctx.db(),
      sql`select c.item_id, ${buildRecallSql(NOW, "c")}::float8 as recall from item_states c where c.user_id = ${student}`,
    );
    const cards = await loadCards();
    expect(rows).toHaveLength(CARDS.length + 3);
    for (const row of rows) {
      const card = cards.find((c) => c.itemId === row.item_id);
      const state = card ? toCardState(card) : null;
      if (!state) throw new Error(`no reviewed item ${row.item_id}`);
      const expected = predictRecall(state, NOW);
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThanOrEqual(1);
      expect(row.recall, row.item_id).toBeCloseTo(expected, 12);
    }
  });

  it("flags the same leeches in SQL as isLeech", async () => {
    const rows = await selectRows<{ item_id: string; leech: boolean }>(
      ctx.db(),
      sql`select c.item_id, ${buildIsLeechSql("c")} as leech from item_states c where c.user_id = ${student}`,
    );
    const cards = await loadCards();
    const expected = new Map(cards.map((c) => [c.itemId, isLeech(c)]));
    expect(rows.filter((r) => r.leech)).toHaveLength(2);
    for (const row of rows) expect(row.leech, row.item_id).toBe(expected.get(row.item_id));
  });

  it("is what the progress page reads: recall by topic and leeches by state", async () => {
    const cards = (await loadCards()).flatMap((row) => {
      const state = toCardState(row);
      return state ? [{ itemId: row.itemId, state }] : [];
    });
    const AT = new Date(NOW.getTime() + 7 * 24 * HOUR);
    const byTopic = new Map<string, { now: number[]; at: number[] }>();
    for (const { itemId, state } of cards) {
      const tags = new Set(bank.filter((q) => itemIdOf(q) === itemId).flatMap((q) => q.tags));
      for (const tag of tags) {
        const values = byTopic.get(tag) ?? { now: [], at: [] };
        values.now.push(predictRecall(state, NOW));
        values.at.push(predictRecall(state, AT));
        byTopic.set(tag, values);
      }
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const topics = await listRecallByTopic(ctx.db(), { userId: student, now: NOW, at: AT });
    expect(topics.map((t) => t.topic).sort()).toEqual([...byTopic.keys()].sort());
    for (const topic of topics) {
      const values = byTopic.get(topic.topic) ?? { now: [], at: [] };
      expect(topic.items).toBe(values.now.length);
      expect(topic.recall, topic.topic).toBeCloseTo(mean(values.now), 12);
      expect(topic.recallAt, topic.topic).toBeCloseTo(mean(values.at), 12);
      expect(topic.recallAt).toBeLessThan(topic.recall);
    }

    const counts = await countCardsByState(ctx.db(), student);
    expect(counts.leech).toBe(cards.filter((c) => isLeech(c.state)).length);
    expect(counts.new + counts.learning + counts.review + counts.leech).toBe(cards.length);
  });

  // Last: it gives the student a fitted set, which the tests above must not see.
  it("follows a student's fitted forgetting curve (their w20), in SQL as in predictRecall", async () => {
    const weights = [...default_w];
    weights[20] = 0.45;
    const curve = forgettingCurveOf(weights);
    expect(curve.decay).toBe(0.45);
    expect(curve.decay).not.toBeCloseTo(FORGETTING_CURVE.decay, 3);
    await insertParameterSet(ctx.db(), {
      scope: "student",
      userId: student,
      params: weights,
      adopted: true,
      ...TEST_FIT_FIGURES,
    });
    const rows = await selectRows<{ item_id: string; recall: number }>(
      ctx.db(),
      sql`select c.item_id, ${buildRecallSql(NOW, "c", curveOfDecaySql(studentDecaySql(sql`c.user_id`)))}::float8 as recall
          from item_states c where c.user_id = ${student}`,
    );
    const cards = await loadCards();
    expect(rows).toHaveLength(CARDS.length + 3);
    let differs = 0;
    for (const row of rows) {
      const card = cards.find((c) => c.itemId === row.item_id);
      const state = card ? toCardState(card) : null;
      if (!state) throw new Error(`no reviewed item ${row.item_id}`);
      expect(row.recall, row.item_id).toBeCloseTo(predictRecall(state, NOW, curve), 12);
      if (Math.abs(predictRecall(state, NOW, curve) - predictRecall(state, NOW)) > 1e-6) differs++;
    }
    expect(differs, "the fitted curve changes most cards' recall").toBeGreaterThan(CARDS.length / 2);

    // The progress page reads the same curve.
    const AT = new Date(NOW.getTime() + 7 * 24 * HOUR);
    const topics = await listRecallByTopic(ctx.db(), { userId: student, now: NOW, at: AT });
    const states = cards.flatMap((row) => {
      const state = toCardState(row);
      return state ? [{ itemId: row.itemId, state }] : [];
    });
    for (const topic of topics) {
      const inTopic = states.filter(({ itemId }) => bank.some((q) => itemIdOf(q) === itemId && q.tags.includes(topic.topic)));
      const mean = inTopic.reduce((sum, { state }) => sum + predictRecall(state, AT, curve), 0) / inTopic.length;
      expect(topic.recallAt, topic.topic).toBeCloseTo(mean, 12);
    }
  });
});
