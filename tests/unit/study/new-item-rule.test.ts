/**
 * The new-item rule of a session (lib/study/session-plan.ts): the daily limit on new items, and a
 * cap on new exercises so a first session is mostly facts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_NEW_EXERCISE_SHARE, newItemRule, planSession } from "@/lib/study/session-plan";

interface Card {
  itemId: string;
  reveals: string[];
  kind: "due" | "new";
  exercise: boolean;
}
const isExercise = (c: Card) => c.exercise;

describe("newItemRule", () => {
  it("keeps a first session of 20 to at most 5 new exercises, filling the rest with facts", () => {
    // The bank's study order puts exercises among facts: here every other new item is one.
    const queue: Card[] = Array.from({ length: 30 }, (_, i) => ({ itemId: `i${i}`, reveals: [], kind: "new", exercise: i % 2 === 1 }));
    const plan = planSession(queue, 20, newItemRule({ newLeft: 20, size: 20 }, isExercise));
    expect(plan).toHaveLength(20);
    expect(plan.filter(isExercise)).toHaveLength(5);
  });

  it("never caps due items, whatever their kind", () => {
    const queue: Card[] = Array.from({ length: 10 }, (_, i) => ({ itemId: `d${i}`, reveals: [], kind: "due", exercise: true }));
    expect(planSession(queue, 10, newItemRule({ newLeft: 0, size: 10 }, isExercise))).toHaveLength(10);
  });

  it("for any queue: new items within the daily limit, new exercises within the share (at least one allowed)", () => {
    const cardArb = fc.record({ kind: fc.constantFrom<"due" | "new">("due", "new"), exercise: fc.boolean() });
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), fc.nat({ max: 30 }), (specs, size, newLeft) => {
        const queue = specs.map((s, i) => ({ ...s, itemId: `i${i}`, reveals: [] }));
        const plan = planSession(queue, size, newItemRule({ newLeft, size }, isExercise));
        const fresh = plan.filter((c) => c.kind === "new");
        expect(fresh.length).toBeLessThanOrEqual(newLeft);
        expect(fresh.filter(isExercise).length).toBeLessThanOrEqual(Math.max(1, Math.floor(size * MAX_NEW_EXERCISE_SHARE)));
        expect(plan.length).toBeLessThanOrEqual(size);
        // A card is left out only for a reason: the session is full, or it is a new item over a limit.
        const leftOut = queue.filter((c) => !plan.includes(c));
        if (plan.length < size) expect(leftOut.every((c) => c.kind === "new")).toBe(true);
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
