import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REVIEW_RATINGS } from "@/lib/domain";
import { createScheduler, type CardState } from "@/lib/scheduling";
import { foldReviewBatch, orderBatch, type BatchReview, type StoredMemory } from "@/lib/study/fold-review-batch";
import type { GradedReview } from "@/lib/study/graded-review";

const NOW = new Date("2026-03-01T09:00:00Z");
const scheduler = createScheduler({ desiredRetention: 0.9 });

function entry(id: string, itemId: string, minutes: number, rating: GradedReview["rating"] = "good"): BatchReview {
  return {
    itemId,
    review: {
      id,
      questionId: `q-${itemId}`,
      mode: "quiz",
      rating,
      correct: rating !== "again",
      answer: 0,
      responseMs: 4000,
      reviewedAt: new Date(NOW.getTime() + minutes * 60_000),
    },
  };
}

const fresh = (): StoredMemory => ({ state: null, due: NOW });

describe("foldReviewBatch", () => {
  it("applies each item's reviews oldest first, whatever order they came in", () => {
    const batch = [entry("c", "b", 20, "again"), entry("a", "a", 0), entry("b", "b", 0)];
    const { reviews, nextStates } = foldReviewBatch({
      scheduler,
      batch,
      stored: new Map([
        ["a", fresh()],
        ["b", fresh()],
      ]),
      alreadyLogged: new Set(),
    });
    expect(reviews.map((r) => r.review.id)).toEqual(["a", "b", "c"]);
    const first = scheduler.review(null, "good", batch[2]?.review.reviewedAt ?? NOW).state;
    const second = scheduler.review(first, "again", batch[0]?.review.reviewedAt ?? NOW).state;
    expect(nextStates.get("b")).toEqual(second);
    const c = reviews[2];
    expect(c?.status === "recorded" && c.log.stateBefore).toBe(first.state);
    expect(c?.status === "recorded" && c.log.dueBefore).toEqual(first.due);
    expect(reviews[1]?.status === "recorded" && reviews[1].log).toMatchObject({ stateBefore: "new", dueBefore: null });
  });

  it("treats logged and repeated ids as duplicates that change nothing and report the item as it stood", () => {
    const { reviews, nextStates } = foldReviewBatch({
      scheduler,
      batch: [entry("old", "a", 0), entry("x", "a", 5), entry("x", "a", 5)],
      stored: new Map([["a", fresh()]]),
      alreadyLogged: new Set(["old"]),
    });
    expect(reviews.map((r) => r.status)).toEqual(["duplicate", "recorded", "duplicate"]);
    expect(reviews[0]?.after).toEqual({ due: NOW, state: "new", lapses: 0 });
    expect(reviews[2]?.after).toEqual(reviews[1]?.after);
    expect(nextStates.get("a")?.reps).toBe(1);
  });

  it("moves nothing when every review is a duplicate", () => {
    const { nextStates } = foldReviewBatch({
      scheduler,
      batch: [entry("a1", "a", 0)],
      stored: new Map([["a", fresh()]]),
      alreadyLogged: new Set(["a1"]),
    });
    expect(nextStates.size).toBe(0);
  });

  it("refuses an item it was not given a stored row for", () => {
    expect(() => foldReviewBatch({ scheduler, batch: [entry("a1", "a", 0)], stored: new Map(), alreadyLogged: new Set() })).toThrow(
      /no stored memory/,
    );
  });

  it("equals applying the reviews one at a time (property)", () => {
    const review = fc.record({
      item: fc.constantFrom("a", "b", "c"),
      minutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
      rating: fc.constantFrom(...REVIEW_RATINGS),
    });
    fc.assert(
      fc.property(fc.array(review, { maxLength: 30 }), (specs) => {
        const batch = specs.map((s, i) => entry(`r${String(i).padStart(3, "0")}`, s.item, s.minutes, s.rating));
        const { reviews, nextStates } = foldReviewBatch({
          scheduler,
          batch,
          stored: new Map(["a", "b", "c"].map((k) => [k, fresh()])),
          alreadyLogged: new Set(),
        });
        const oneByOne = new Map<string, CardState>();
        for (const e of orderBatch(batch)) {
          oneByOne.set(e.itemId, scheduler.review(oneByOne.get(e.itemId) ?? null, e.review.rating, e.review.reviewedAt).state);
        }
        expect(nextStates).toEqual(oneByOne);
        expect(reviews.every((r) => r.status === "recorded")).toBe(true);
      }),
      { seed: 13, numRuns: 100 },
    );
  });
});
