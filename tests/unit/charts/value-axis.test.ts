import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tickLabel, valueAxis } from "@/components/charts/value-axis";

describe("a bar chart's value axis", () => {
  it("runs a percentage from 0 to 100 in quarters", () => {
    expect(valueAxis([12, 80, 40], "%")).toEqual({ top: 100, ticks: [0, 25, 50, 75, 100] });
    expect(valueAxis([], "%")).toEqual({ top: 100, ticks: [0, 25, 50, 75, 100] });
    expect(tickLabel(75, "%")).toBe("75%");
  });

  it("runs a count to a round number at or above its largest value", () => {
    expect(valueAxis([0, 0], "reviews")).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
    expect(valueAxis([1, 3], "students")).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
    expect(valueAxis([10, 2], "reviews")).toEqual({ top: 10, ticks: [0, 5, 10] });
    expect(valueAxis([7], "facts")).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(valueAxis([23], "reviews")).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    expect(valueAxis([1234], "reviews")).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    expect(tickLabel(1500, "reviews")).toBe("1,500");
  });

  it("always starts at 0, reaches the largest value, and has 2 to 5 evenly spaced whole-number ticks", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { maxLength: 40 }), fc.constantFrom("%", "reviews"), (values, unit) => {
        const { top, ticks } = valueAxis(values, unit);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBe(top);
        expect(top).toBeGreaterThanOrEqual(Math.max(0, ...values));
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(5);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        ticks.forEach((t, i) => {
          expect(Number.isInteger(t)).toBe(true);
          expect(t).toBe(i * step);
        });
      }),
    );
  });
});
