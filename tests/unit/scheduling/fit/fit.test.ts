import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideAdoption, MIN_TRAINING_ITEMS } from "@/lib/scheduling/fit/adopt";
import { buildTrainingItems, type TrainingLog } from "@/lib/scheduling/fit/items";
import { SIMULATED_TRUE_WEIGHTS, simulateClassReviews } from "@/lib/scheduling/fit/simulate";
import { splitByTime } from "@/lib/scheduling/fit/split";

const at = (iso: string) => new Date(iso);

describe("buildTrainingItems", () => {
  const logs: TrainingLog[] = [
    // Out of order on purpose: the builder sorts each memory's history by time.
    { key: "u1:q1", reviewedAt: at("2026-03-04T09:00:00Z"), rating: 3 },
    { key: "u1:q1", reviewedAt: at("2026-03-01T09:00:00Z"), rating: 3 },
    { key: "u1:q1", reviewedAt: at("2026-03-01T09:10:00Z"), rating: 1 },
    { key: "u1:q1", reviewedAt: at("2026-03-02T08:00:00Z"), rating: 3 },
    { key: "u2:q1", reviewedAt: at("2026-03-01T10:00:00Z"), rating: 4 },
  ];

  it("makes one item per later-day review, each with the memory's whole history so far", () => {
    const items = buildTrainingItems(logs);
    expect(items.map((i) => i.reviews)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 1 },
        { rating: 3, deltaT: 2 },
      ],
    ]);
    expect(items.map((i) => i.key)).toEqual(["u1:q1", "u1:q1"]);
    expect(items[1]?.at).toEqual(at("2026-03-04T09:00:00Z"));
  });

  it("keeps memories apart by key: a single review makes no item", () => {
    expect(buildTrainingItems(logs).some((i) => i.key === "u2:q1")).toBe(false);
  });

  it("counts days from the study day's start", () => {
    const late: TrainingLog[] = [
      { key: "k", reviewedAt: at("2026-03-01T23:30:00Z"), rating: 3 },
      { key: "k", reviewedAt: at("2026-03-02T00:30:00Z"), rating: 3 },
    ];
    expect(buildTrainingItems(late)).toHaveLength(1);
    // At UTC+2 both are on 2 March: a same-day repeat, no item.
    expect(buildTrainingItems(late, { dayOffsetMinutes: 120 })).toHaveLength(0);
  });

  it("every item ends on a later day and starts at deltaT 0 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: fc.constantFrom("a", "b", "c"),
            minutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
            rating: fc.integer({ min: 1, max: 4 }),
          }),
          {
            maxLength: 60,
          },
        ),
        (raw) => {
          const items = buildTrainingItems(
            raw.map((r) => ({ key: r.key, reviewedAt: new Date(Date.UTC(2026, 0, 1) + r.minutes * 60_000), rating: r.rating })),
          );
          for (const item of items) {
            expect(item.reviews[0]?.deltaT).toBe(0);
            expect(item.reviews.at(-1)?.deltaT).toBeGreaterThan(0);
            expect(item.reviews.every((r) => r.deltaT >= 0)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("splitByTime", () => {
  const items = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, at: new Date(Date.UTC(2026, 0, 1 + i)), reviews: [] }));

  it("holds out the latest fifth, never an earlier item", () => {
    const { train, test, cutoff } = splitByTime([...items].reverse());
    expect(train.map((i) => i.key)).toEqual(["k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7"]);
    expect(test.map((i) => i.key)).toEqual(["k8", "k9"]);
    expect(cutoff).toEqual(items[8]?.at);
    const lastTrain = Math.max(...train.map((i) => i.at.getTime()));
    expect(test.every((i) => i.at.getTime() > lastTrain)).toBe(true);
  });

  it("keeps items at the cutoff instant together, and handles no items", () => {
    const tied = items.map((i, n) => ({ ...i, at: n >= 6 ? items[6]!.at : i.at }));
    expect(splitByTime(tied).test).toHaveLength(4);
    expect(splitByTime([])).toEqual({ train: [], test: [], cutoff: null });
    expect(() => splitByTime(items, 1)).toThrow(RangeError);
  });
});

describe("decideAdoption", () => {
  const base = { scope: "class" as const, trainingItems: 400, testItems: 100, candidateRmse: 0.05 };

  it("adopts only a fit that beats the set in use on held-out reviews", () => {
    expect(decideAdoption({ ...base, baselines: [{ label: "default parameters", rmse: 0.07 }] }).adopted).toBe(true);
    const kept = decideAdoption({ ...base, baselines: [{ label: "global set", rmse: 0.05 }] });
    expect(kept).toMatchObject({ adopted: false });
    expect(kept.reason).toContain("Kept the global set");
  });

  it("needs 400 training items for a class or the install, 1,000 for a student", () => {
    expect(MIN_TRAINING_ITEMS).toEqual({ global: 400, class: 400, student: 1000 });
    expect(decideAdoption({ ...base, trainingItems: 399, baselines: [{ label: "d", rmse: 0.2 }] }).adopted).toBe(false);
    expect(decideAdoption({ ...base, scope: "student", trainingItems: 999, baselines: [{ label: "d", rmse: 0.2 }] }).adopted).toBe(false);
    expect(decideAdoption({ ...base, scope: "student", trainingItems: 1000, baselines: [{ label: "d", rmse: 0.2 }] }).adopted).toBe(true);
  });

  it("a student's set must beat the class set too, not only their current one", () => {
    const decision = decideAdoption({
      ...base,
      scope: "student",
      trainingItems: 1500,
      baselines: [
        { label: "student set", rmse: 0.08 },
        { label: "class set", rmse: 0.04 },
      ],
    });
    expect(decision).toMatchObject({ adopted: false });
    expect(decision.reason).toContain("class set");
  });

  it("never adopts with nothing held out or figures that are not numbers", () => {
    expect(decideAdoption({ ...base, testItems: 0, baselines: [{ label: "d", rmse: 1 }] }).adopted).toBe(false);
    expect(decideAdoption({ ...base, candidateRmse: NaN, baselines: [{ label: "d", rmse: 1 }] }).adopted).toBe(false);
  });
});

describe("simulateClassReviews", () => {
  const options = { students: 2, days: 20, introduceDays: 10, newPerDay: 3, seed: 5, start: at("2026-01-05T00:00:00Z") };

  it("is reproducible from its seed and gives valid logs", () => {
    const logs = simulateClassReviews(options);
    expect(simulateClassReviews(options)).toEqual(logs);
    expect(simulateClassReviews({ ...options, seed: 6 })).not.toEqual(logs);
    expect(new Set(logs.map((l) => l.key)).size).toBe(2 * 10 * 3);
    expect(logs.every((l) => l.rating >= 1 && l.rating <= 4)).toBe(true);
    expect(buildTrainingItems(logs).length).toBeGreaterThan(0);
  });

  it("simulates a class unlike the defaults (known parameters)", () => {
    expect(SIMULATED_TRUE_WEIGHTS).toHaveLength(21);
    expect(SIMULATED_TRUE_WEIGHTS[20]).toBe(0.4);
  });
});
