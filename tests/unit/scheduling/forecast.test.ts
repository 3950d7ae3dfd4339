import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { createScheduler, predictRecall, type CardState } from "@/lib/scheduling";
import { predictRecallCurve } from "@/lib/scheduling/recall-curve";
import { forecastReviews } from "@/lib/scheduling/forecast";

const now = new Date("2026-03-01T08:00:00Z");
const DAY = 86_400_000;

/** A student who studied `count` items over the last weeks, each reviewed a few times. */
function studiedStates(count: number): CardState[] {
  const scheduler = createScheduler();
  const states: CardState[] = [];
  for (let i = 0; i < count; i++) {
    let at = new Date(now.getTime() - (40 - (i % 30)) * DAY);
    let state = scheduler.review(null, i % 5 === 0 ? "again" : "good", at).state;
    for (let r = 0; r < 3 && state.due.getTime() < now.getTime(); r++) {
      at = new Date(Math.max(state.due.getTime(), at.getTime() + DAY));
      if (at.getTime() >= now.getTime()) break;
      state = scheduler.review(state, i % 7 === 0 ? "again" : "good", at).state;
    }
    states.push(state);
  }
  return states;
}

const base = { now, states: studiedStates(120), newAvailable: 200, newPerDay: 10, desiredRetention: 0.9, seed: 7 };
const total = (days: { reviews: number }[]) => days.reduce((sum, d) => sum + d.reviews, 0);

describe("forecastReviews", () => {
  it("forecasts 30 days by default, the same for the same seed", () => {
    const a = forecastReviews(base);
    expect(a).toHaveLength(30);
    expect(a.map((d) => d.day)).toEqual([...Array(30).keys()]);
    expect(forecastReviews(base)).toEqual(a);
    expect(total(forecastReviews({ ...base, seed: 8 }))).not.toBe(total(a));
  });

  it("costs more reviews at a higher retention and fewer at a lower one", () => {
    const low = total(forecastReviews({ ...base, desiredRetention: 0.75 }));
    const mid = total(forecastReviews({ ...base, desiredRetention: 0.9 }));
    const high = total(forecastReviews({ ...base, desiredRetention: 0.97 }));
    expect(low).toBeLessThan(mid);
    expect(mid).toBeLessThan(high);
    // At 97% the intervals are several times shorter than at 90%: well over a third more work.
    expect(high).toBeGreaterThan(mid * 1.35);
  });

  it("starts new items at the daily limit until none are left", () => {
    const days = forecastReviews({ ...base, states: [], newAvailable: 25, newPerDay: 10 });
    expect(days.slice(0, 4).map((d) => d.newItems)).toEqual([10, 10, 5, 0]);
    expect(days[0]?.reviews).toBe(0);
    expect(total(days)).toBeGreaterThan(0);
  });

  it("is empty for a student with nothing started and no new items", () => {
    expect(total(forecastReviews({ ...base, states: [], newPerDay: 0 }))).toBe(0);
  });

  it("reviews a card on the day it comes due, and overdue cards today", () => {
    const card: CardState = {
      due: new Date(now.getTime() + 5.5 * DAY),
      stability: 20,
      difficulty: 5,
      elapsedDays: 10,
      scheduledDays: 20,
      learningSteps: 0,
      reps: 4,
      lapses: 0,
      state: "review",
      lastReview: new Date(now.getTime() - 14.5 * DAY),
    };
    const days = forecastReviews({ ...base, states: [card], newPerDay: 0, runs: 1 });
    expect(days[5]?.reviews).toBe(1);
    expect(days.slice(0, 5).every((d) => d.reviews === 0)).toBe(true);
    const overdue = forecastReviews({ ...base, states: [{ ...card, due: new Date(now.getTime() - 3 * DAY) }], newPerDay: 0, runs: 1 });
    expect(overdue[0]?.reviews).toBe(1);
  });

  it("uses the weights given: items that start out more stable come back less often", () => {
    const stable = default_w.map((w, i) => (i < 4 ? w * 3 : w));
    const newOnly = { ...base, states: [], newAvailable: 100, newPerDay: 10 };
    expect(total(forecastReviews({ ...newOnly, weights: stable }))).toBeLessThan(total(forecastReviews(newOnly)));
  });
});

describe("predictRecallCurve", () => {
  const reviewed = (stability: number, daysAgo: number) => ({
    state: "review" as const,
    stability,
    lastReview: new Date(now.getTime() - daysAgo * DAY),
  });

  it("falls day by day, from the recall of today, and matches predictRecall at day 0", () => {
    const states = [reviewed(10, 0), reviewed(3, 2), { state: "new" as const, stability: 0, lastReview: null }];
    const curve = predictRecallCurve(states, { now });
    expect(curve).toHaveLength(30);
    expect(curve[0]?.recall).toBeCloseTo((predictRecall(states[0]!, now) + predictRecall(states[1]!, now)) / 2, 10);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.recall!).toBeLessThan(curve[i - 1]!.recall!);
    // R = 0.9 when t = S: a memory of stability 10 reviewed today reads 0.9 in ten days.
    expect(predictRecallCurve([reviewed(10, 0)], { now })[10]?.recall).toBeCloseTo(0.9, 6);
  });

  it("is empty (null) with nothing started", () => {
    expect(predictRecallCurve([], { now, days: 3 })).toEqual([
      { day: 0, recall: null },
      { day: 1, recall: null },
      { day: 2, recall: null },
    ]);
  });
});
