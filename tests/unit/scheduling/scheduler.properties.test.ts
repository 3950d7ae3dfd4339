/**
 * Properties of the scheduler on states reachable in practice: built by applying random grades
 * to a new card at increasing times (minutes apart, as in a session, or days to months apart).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REVIEW_RATINGS, type ReviewRating } from "@/lib/domain";
import { createScheduler, type CardState } from "@/lib/scheduling";

const start = new Date("2026-03-01T09:00:00Z");
const MINUTE = 60_000;
/** 100 histories per property (fast-check's default, made explicit): well under a second quiet. */
const PARAMS = { seed: 42, numRuns: 100 };
/** An explicit budget far above the worst case on a busy machine (Vitest's default is 5 s). */
const BUDGET = { timeout: 60_000 };

const ratingArb = fc.constantFrom<ReviewRating>(...REVIEW_RATINGS);
/** Minutes until the next review: within a session, or up to four months later. */
const gapArb = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 60, max: 120 * 1440 }));
const historyArb = fc.array(fc.record({ rating: ratingArb, gap: gapArb }), { minLength: 0, maxLength: 25 });

interface Step {
  rating: ReviewRating;
  gap: number;
}

/** Replays a history with one scheduler; calls `each` before every review and returns the end state. */
function replay(
  history: Step[],
  desiredRetention = 0.9,
  each?: (state: CardState | null, rating: ReviewRating, at: Date) => void,
): { state: CardState | null; at: Date } {
  const scheduler = createScheduler({ desiredRetention });
  let state: CardState | null = null;
  let at = start;
  for (const { rating, gap } of history) {
    at = new Date(at.getTime() + gap * MINUTE);
    each?.(state, rating, at);
    state = scheduler.review(state, rating, at).state;
  }
  return { state, at };
}

describe("scheduler properties", () => {
  const scheduler = createScheduler();

  it("Good never shortens the interval compared with Hard", BUDGET, () => {
    fc.assert(
      fc.property(historyArb, gapArb, (history, gap) => {
        const { state, at } = replay(history);
        const now = new Date(at.getTime() + gap * MINUTE);
        const p = scheduler.previewIntervals(state, now);
        expect(p.good.due.getTime()).toBeGreaterThanOrEqual(p.hard.due.getTime());
      }),
      PARAMS,
    );
  });

  it("easy ≥ good ≥ hard ≥ again in due date", BUDGET, () => {
    fc.assert(
      fc.property(historyArb, gapArb, (history, gap) => {
        const { state, at } = replay(history);
        const now = new Date(at.getTime() + gap * MINUTE);
        const p = scheduler.previewIntervals(state, now);
        expect(p.hard.due.getTime()).toBeGreaterThanOrEqual(p.again.due.getTime());
        expect(p.good.due.getTime()).toBeGreaterThanOrEqual(p.hard.due.getTime());
        expect(p.easy.due.getTime()).toBeGreaterThanOrEqual(p.good.due.getTime());
      }),
      PARAMS,
    );
  });

  it("a review never makes a card due before now, and keeps its state consistent", BUDGET, () => {
    fc.assert(
      fc.property(historyArb, gapArb, ratingArb, (history, gap, rating) => {
        const { state, at } = replay(history);
        const now = new Date(at.getTime() + gap * MINUTE);
        const next = scheduler.review(state, rating, now).state;
        expect(next.due.getTime()).toBeGreaterThan(now.getTime());
        expect(next.lastReview).toEqual(now);
        expect(next.reps).toBe((state?.reps ?? 0) + 1);
        expect(next.lapses).toBeGreaterThanOrEqual(state?.lapses ?? 0);
        expect(next.stability).toBeGreaterThan(0);
        expect(next.difficulty).toBeGreaterThanOrEqual(1);
        expect(next.difficulty).toBeLessThanOrEqual(10);
        expect(next.state).not.toBe("new");
      }),
      PARAMS,
    );
  });

  it("higher desired retention never gives a longer interval for the same history", BUDGET, () => {
    const retentionArb = fc.integer({ min: 70, max: 97 }).map((n) => n / 100);
    fc.assert(
      fc.property(historyArb, ratingArb, gapArb, retentionArb, retentionArb, (history, lastRating, gap, r1, r2) => {
        const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const full = [...history, { rating: lastRating, gap }];
        const lowDue: number[] = [];
        const highDue: number[] = [];
        const lowRun = replay(full, low, (state, rating, at) =>
          lowDue.push(createScheduler({ desiredRetention: low }).review(state, rating, at).state.due.getTime()),
        );
        const highRun = replay(full, high, (state, rating, at) =>
          highDue.push(createScheduler({ desiredRetention: high }).review(state, rating, at).state.due.getTime()),
        );
        expect(lowDue).toHaveLength(full.length);
        lowDue.forEach((due, i) => expect(highDue[i]).toBeLessThanOrEqual(due));
        // The memory state itself does not depend on the retention, only the intervals do.
        expect(highRun.state?.stability).toBe(lowRun.state?.stability);
        expect(highRun.state?.difficulty).toBe(lowRun.state?.difficulty);
      }),
      PARAMS,
    );
  });

  it("is deterministic: replaying a history gives the same state", BUDGET, () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        expect(replay(history).state).toEqual(replay(history).state);
      }),
      PARAMS,
    );
  });
});
