import fc from "fast-check";
import { computeDecayFactor, default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { FORGETTING_CURVE, forgettingCurveOf, predictRecall } from "@/lib/scheduling";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;

describe("the forgetting curve of a set of weights", () => {
  it("is ts-fsrs's for the defaults, and the defaults' for weights without a w20", () => {
    const { decay, factor } = computeDecayFactor(default_w);
    expect(FORGETTING_CURVE).toEqual({ decay: -decay, factor });
    expect(forgettingCurveOf(null)).toEqual(FORGETTING_CURVE);
    expect(forgettingCurveOf(default_w.slice(0, 19))).toEqual(FORGETTING_CURVE);
  });

  it("takes a fitted w20 as its decay, and recall is 90 % one stability after the review on any curve", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 0.8, noNaN: true }), fc.double({ min: 0.5, max: 400, noNaN: true }), (w20, stability) => {
        const weights = [...default_w];
        weights[20] = w20;
        const curve = forgettingCurveOf(weights);
        expect(curve.decay).toBe(w20);
        const card = { state: "review" as const, stability, lastReview: new Date(NOW.getTime() - stability * DAY) };
        // ts-fsrs rounds f to 8 places, so 0.9 holds to about 7.
        expect(predictRecall(card, NOW, curve)).toBeCloseTo(0.9, 6);
      }),
    );
  });

  it("a steeper decay forgets faster after the stability and slower before it", () => {
    const steep = forgettingCurveOf([...default_w.slice(0, 20), 0.6]);
    const flat = forgettingCurveOf([...default_w.slice(0, 20), 0.15]);
    const at = (days: number) => ({ state: "review" as const, stability: 10, lastReview: new Date(NOW.getTime() - days * DAY) });
    expect(predictRecall(at(40), NOW, steep)).toBeLessThan(predictRecall(at(40), NOW, flat));
    expect(predictRecall(at(3), NOW, steep)).toBeGreaterThan(predictRecall(at(3), NOW, flat));
  });
});
