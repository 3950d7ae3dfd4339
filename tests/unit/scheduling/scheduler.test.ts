import { describe, expect, it } from "vitest";
import { forgetting_curve, fsrs, generatorParameters, State } from "ts-fsrs";
import { CARD_STATES, REVIEW_RATINGS, toCardStateName, toCardStateNumber, type ReviewRating } from "@/lib/domain";
import {
  createScheduler,
  fromFsrsCard,
  isLeech,
  LEECH_LAPSES,
  newCardState,
  parseCardState,
  predictRecall,
  toFsrsCard,
  type CardState,
} from "@/lib/scheduling";

const now = new Date("2026-03-01T09:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** Applies grades in order, each at the previous due date (or `start` for the first). */
function reviewAtDue(ratings: ReviewRating[], start = now): CardState {
  const scheduler = createScheduler();
  let state: CardState | null = null;
  for (const rating of ratings) state = scheduler.review(state, rating, state ? state.due : start).state;
  if (!state) throw new Error("no ratings");
  return state;
}

describe("createScheduler", () => {
  it("defaults to 0.9 and caches one scheduler per retention", () => {
    expect(createScheduler().desiredRetention).toBe(0.9);
    expect(createScheduler({ desiredRetention: 0.9 })).toBe(createScheduler());
    expect(createScheduler({ desiredRetention: 0.85 })).not.toBe(createScheduler());
  });

  it("accepts 0.7–0.97 and throws RangeError outside", () => {
    expect(createScheduler({ desiredRetention: 0.7 }).desiredRetention).toBe(0.7);
    expect(createScheduler({ desiredRetention: 0.97 }).desiredRetention).toBe(0.97);
    for (const bad of [0.69, 0.98, 0, 1, -0.9, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createScheduler({ desiredRetention: bad }), String(bad)).toThrow(RangeError);
    }
  });

  it("accepts a retention read back from a float4 column", () => {
    const float4 = Math.fround(0.97); // 0.9700000286102295
    expect(float4).toBeGreaterThan(0.97);
    expect(createScheduler({ desiredRetention: float4 })).toBe(createScheduler({ desiredRetention: 0.97 }));
  });
});

describe("review", () => {
  const scheduler = createScheduler();

  it("moves a never-seen card rated good into learning or review, due after now", () => {
    for (const start of [null, newCardState(now)]) {
      const { state, log } = scheduler.review(start, "good", now);
      expect(["learning", "review"]).toContain(state.state);
      expect(state.due.getTime()).toBeGreaterThan(now.getTime());
      expect(state.reps).toBe(1);
      expect(state.lapses).toBe(0);
      expect(state.lastReview).toEqual(now);
      expect(state.stability).toBeGreaterThan(0);
      expect(log).toEqual({ rating: "good", stateBefore: "new", dueBefore: start ? now : null, scheduledDays: 0, elapsedDays: 0 });
      expect(log).not.toHaveProperty("stabilityBefore");
    }
  });

  it("follows the default learning steps: again 1m, hard 6m, good 10m, then graduates", () => {
    const preview = scheduler.previewIntervals(null, now);
    expect([preview.again.label, preview.hard.label, preview.good.label]).toEqual(["1m", "6m", "10m"]);
    expect(preview.easy.label).toMatch(/^\d+d$/);
    const graduated = reviewAtDue(["good", "good"]);
    expect(graduated.state).toBe("review");
    expect(graduated.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("sends a review card rated again to relearning and counts a lapse", () => {
    const card = reviewAtDue(["good", "good", "good"]);
    expect(card.state).toBe("review");
    const at = later(card.due, DAY);
    const { state, log } = scheduler.review(card, "again", at);
    expect(state.state).toBe("relearning");
    expect(state.lapses).toBe(card.lapses + 1);
    expect(state.reps).toBe(card.reps + 1);
    expect(state.stability).toBeLessThan(card.stability);
    expect(state.due.getTime()).toBe(at.getTime() + 10 * MINUTE); // relearning step
    expect(log.stateBefore).toBe("review");
    expect(log.dueBefore).toEqual(card.due);
    expect(log.stabilityBefore).toBe(card.stability);
    expect(log.scheduledDays).toBe(0);
    expect(log.elapsedDays).toBe(card.scheduledDays + 1);
    expect(state.elapsedDays).toBe(log.elapsedDays);
  });

  it("does not mutate the state it is given", () => {
    const card = reviewAtDue(["good", "good"]);
    const copy = structuredClone(card);
    scheduler.review(card, "easy", later(card.due, DAY));
    scheduler.previewIntervals(card, later(card.due, DAY));
    expect(card).toEqual(copy);
  });

  it("is deterministic (fuzz is seeded from the card and time) and agrees with its preview", () => {
    const card = reviewAtDue(["good", "good", "good", "easy"]);
    const at = later(card.due, 3 * DAY);
    const preview = scheduler.previewIntervals(card, at);
    for (const rating of REVIEW_RATINGS) {
      const a = scheduler.review(card, rating, at);
      const b = scheduler.review(structuredClone(card), rating, new Date(at.getTime()));
      expect(b).toEqual(a);
      expect(a.state.due).toEqual(preview[rating].due);
    }
  });

  it("applies a review dated before the last one (a late offline sync) at the last review", () => {
    const card = reviewAtDue(["good", "good", "good"]);
    const last = card.lastReview as Date;
    const { state } = scheduler.review(card, "good", later(last, -3 * DAY));
    expect(state.lastReview).toEqual(last);
    expect(state.due.getTime()).toBeGreaterThan(last.getTime());
  });

  it("rejects an invalid date", () => {
    expect(() => scheduler.review(null, "good", new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("previewIntervals", () => {
  const scheduler = createScheduler();

  it("orders again ≤ hard ≤ good ≤ easy in every phase", () => {
    const cards: (CardState | null)[] = [
      null,
      reviewAtDue(["good"]),
      reviewAtDue(["good", "good", "good"]),
      reviewAtDue(["good", "good", "good", "again"]),
    ];
    for (const card of cards) {
      const p = scheduler.previewIntervals(card, card ? card.due : now);
      expect(p.again.due.getTime()).toBeLessThanOrEqual(p.hard.due.getTime());
      expect(p.hard.due.getTime()).toBeLessThanOrEqual(p.good.due.getTime());
      expect(p.good.due.getTime()).toBeLessThanOrEqual(p.easy.due.getTime());
    }
  });

  it("labels a review card's intervals in days or months", () => {
    const card = reviewAtDue(["easy", "easy", "easy", "easy"]);
    const p = scheduler.previewIntervals(card, card.due);
    expect(p.again.label).toBe("10m");
    for (const rating of ["hard", "good", "easy"] as const) expect(p[rating].label).toMatch(/^\d+(\.\d)?(d|mo|y)$/);
    expect(p.easy.label).toMatch(/mo|y$/);
  });
});

describe("predictRecall", () => {
  it("is 0 for a new card", () => {
    expect(predictRecall(newCardState(now), now)).toBe(0);
  });

  it("is 1 right after a review and decreases with time", () => {
    const card = reviewAtDue(["good", "good", "good"]);
    const last = card.lastReview as Date;
    expect(predictRecall(card, last)).toBe(1);
    const values = [1, 2, 10, 30, 100, 1000].map((days) => predictRecall(card, later(last, days * DAY)));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1] as number);
    for (const r of values) {
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(1);
    }
  });

  it("is about the desired retention when the card comes due", () => {
    const card = reviewAtDue(["good", "good", "good", "good"]);
    expect(predictRecall(card, card.due)).toBeCloseTo(0.9, 1);
  });

  it("is ts-fsrs' FSRS-6 forgetting curve with the scheduler's parameters", () => {
    const { w } = generatorParameters();
    for (const stability of [0.3, 2, 15.5, 400]) {
      for (const days of [0.25, 1, 3.5, 30, 365]) {
        const card = { state: "review" as const, stability, lastReview: now };
        expect(predictRecall(card, later(now, days * DAY))).toBeCloseTo(forgetting_curve(w, days, stability), 8);
      }
      expect(predictRecall({ state: "review", stability, lastReview: now }, later(now, stability * DAY))).toBeCloseTo(0.9, 8);
    }
  });

  it("counts fractional days, unlike ts-fsrs' whole-day get_retrievability", () => {
    const card = reviewAtDue(["good", "good"]);
    const last = card.lastReview as Date;
    const morning = predictRecall(card, later(last, 2 * 3_600_000));
    const evening = predictRecall(card, later(last, 20 * 3_600_000));
    expect(morning).toBeLessThan(1);
    expect(evening).toBeLessThan(morning);
    expect(fsrs().get_retrievability(toFsrsCard(card), later(last, 20 * 3_600_000), false)).toBe(1);
  });

  it("reads 1 for a review dated after now, and never divides by a zero stability", () => {
    expect(predictRecall({ state: "review", stability: 5, lastReview: later(now, DAY) }, now)).toBe(1);
    const r = predictRecall({ state: "review", stability: 0, lastReview: now }, later(now, DAY));
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(1);
  });
});

describe("leeches", () => {
  it("counts a card as a leech from 8 lapses", () => {
    expect(LEECH_LAPSES).toBe(8);
    expect(isLeech({ ...newCardState(now), lapses: 7 })).toBe(false);
    expect(isLeech({ ...newCardState(now), lapses: 8 })).toBe(true);
    expect(isLeech({ lapses: 20 })).toBe(true);
  });
});

describe("card state", () => {
  it("starts new, due now, with no memory state", () => {
    expect(newCardState(now)).toEqual({
      due: now,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: "new",
      lastReview: null,
    });
  });

  it("converts to a ts-fsrs Card and back", () => {
    const card = reviewAtDue(["good", "good", "again"]);
    const fsrsCard = toFsrsCard(card);
    expect(fsrsCard.state).toBe(State.Relearning);
    expect(fsrsCard.last_review).toEqual(card.lastReview);
    expect(fromFsrsCard(fsrsCard)).toEqual(card);
    expect(toFsrsCard(newCardState(now))).not.toHaveProperty("last_review");
  });

  it("stores each phase as ts-fsrs' State number, and reads it back", () => {
    const expected = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
    for (const name of CARD_STATES) {
      expect(toCardStateNumber(name)).toBe(expected[name]);
      expect(toFsrsCard({ ...newCardState(now), state: name }).state).toBe(expected[name]);
      expect(toCardStateName(expected[name])).toBe(name);
    }
    expect(toCardStateName(9)).toBe("new");
  });

  it("survives a JSON round trip", () => {
    for (const card of [newCardState(now), reviewAtDue(["good", "hard", "easy"])]) {
      expect(parseCardState(JSON.parse(JSON.stringify(card)))).toEqual(card);
      expect(parseCardState(card)).toEqual(card);
    }
  });

  it("reads back nothing that is not a card state", () => {
    const valid = JSON.parse(JSON.stringify(reviewAtDue(["good", "again"]))) as Record<string, unknown>;
    expect(parseCardState(valid)).not.toBeNull();
    for (const damaged of [
      { state: "suspended" },
      { due: "not a date" },
      { due: undefined },
      { lastReview: "yesterday" },
      { stability: -1 },
      { stability: "3" },
      { difficulty: 11 },
      { difficulty: Number.NaN },
      { reps: 1.5 },
      { lapses: -1 },
      { learningSteps: null },
    ]) {
      expect(parseCardState({ ...valid, ...damaged }), JSON.stringify(damaged)).toBeNull();
    }
    for (const notAnObject of [null, undefined, "state", 3, []]) expect(parseCardState(notAnObject)).toBeNull();
  });
});
