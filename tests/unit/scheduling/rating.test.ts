import { describe, expect, it } from "vitest";
import type { QuestionType } from "@/lib/domain";
import {
  capRatingForFace,
  inferRating,
  inferTimedRating,
  READING_MS_PER_CHAR,
  RESPONSE_TIME_OUTLIER,
  RESPONSE_TIME_THRESHOLDS,
} from "@/lib/scheduling";

const TYPES = Object.keys(RESPONSE_TIME_THRESHOLDS) as QuestionType[];

// The time-based grade (before the face policy, tested below).
describe("inferTimedRating", () => {
  it("has thresholds for every question type, fast below slow", () => {
    expect(TYPES.sort()).toEqual(["cloze", "matching", "multiple_choice", "ordering", "true_false", "typed"]);
    for (const type of TYPES) {
      const { fastMs, slowMs } = RESPONSE_TIME_THRESHOLDS[type];
      expect(fastMs).toBeGreaterThan(RESPONSE_TIME_OUTLIER.minMs);
      expect(slowMs).toBeGreaterThan(fastMs);
      expect(slowMs).toBeLessThan(RESPONSE_TIME_OUTLIER.maxMs);
    }
  });

  it("reads a true/false statement faster than it orders events or types a name", () => {
    const t = RESPONSE_TIME_THRESHOLDS;
    expect(t.true_false.fastMs).toBeLessThan(t.multiple_choice.fastMs);
    expect(t.multiple_choice.fastMs).toBeLessThan(t.typed.fastMs);
    expect(t.typed.fastMs).toBeLessThan(t.ordering.fastMs);
    expect(t.true_false.slowMs).toBeLessThan(t.typed.slowMs);
    expect(t.typed.slowMs).toBeLessThan(t.matching.slowMs);
  });

  describe.each(TYPES)("%s", (questionType) => {
    const { fastMs, slowMs } = RESPONSE_TIME_THRESHOLDS[questionType];
    const rate = (responseMs: number, correct = true) => inferTimedRating({ correct, responseMs, questionType });

    it("is easy just below the fast threshold and good at it", () => {
      expect(rate(fastMs - 1)).toBe("easy");
      expect(rate(fastMs)).toBe("good");
      expect(rate(fastMs + 1)).toBe("good");
    });

    it("is good at the slow threshold and hard just above it", () => {
      expect(rate(slowMs - 1)).toBe("good");
      expect(rate(slowMs)).toBe("good");
      expect(rate(slowMs + 1)).toBe("hard");
    });

    it("is again whenever the answer is wrong, however fast or slow", () => {
      for (const ms of [0, 100, fastMs - 1, fastMs, slowMs, slowMs + 1, 30 * 60_000, Number.NaN]) {
        expect(rate(ms, false)).toBe("again");
      }
    });
  });

  it("treats click-throughs and abandoned tabs as good when correct", () => {
    const rate = (responseMs: number) => inferTimedRating({ correct: true, responseMs, questionType: "true_false" });
    expect(rate(RESPONSE_TIME_OUTLIER.minMs - 1)).toBe("good");
    expect(rate(0)).toBe("good");
    expect(rate(-50)).toBe("good");
    expect(rate(Number.NaN)).toBe("good");
    expect(rate(Number.POSITIVE_INFINITY)).toBe("good");
    expect(rate(RESPONSE_TIME_OUTLIER.maxMs + 1)).toBe("good");
    expect(rate(60 * 60_000)).toBe("good");
    // The bounds themselves are not outliers.
    expect(rate(RESPONSE_TIME_OUTLIER.minMs)).toBe("easy");
    expect(rate(RESPONSE_TIME_OUTLIER.maxMs)).toBe("hard");
    expect(inferRating({ correct: false, responseMs: 100, questionType: "typed" })).toBe("again");
  });

  it("allows extra reading time for a longer-than-typical prompt", () => {
    const { fastMs, slowMs, typicalChars } = RESPONSE_TIME_THRESHOLDS.multiple_choice;
    const extra = 100 * READING_MS_PER_CHAR;
    const rate = (responseMs: number, promptLength?: number) =>
      inferTimedRating({
        correct: true,
        responseMs,
        questionType: "multiple_choice",
        ...(promptLength === undefined ? {} : { promptLength }),
      });
    expect(rate(fastMs + 1)).toBe("good");
    expect(rate(fastMs + 1, typicalChars + 100)).toBe("easy");
    expect(rate(fastMs + extra - 1, typicalChars + 100)).toBe("easy");
    expect(rate(fastMs + extra, typicalChars + 100)).toBe("good");
    expect(rate(slowMs + 1)).toBe("hard");
    expect(rate(slowMs + extra, typicalChars + 100)).toBe("good");
    expect(rate(slowMs + extra + 1, typicalChars + 100)).toBe("hard");
    // Shorter prompts do not tighten the thresholds.
    expect(rate(fastMs - 1, 10)).toBe("easy");
    expect(rate(fastMs, 10)).toBe("good");
  });
});

describe("the rating policy per face", () => {
  const fast = (questionType: QuestionType) => RESPONSE_TIME_THRESHOLDS[questionType].fastMs - 1;

  it("caps a correct recognition answer (multiple choice, true/false) at good, however fast", () => {
    for (const questionType of ["multiple_choice", "true_false"] as const) {
      expect(inferTimedRating({ correct: true, responseMs: fast(questionType), questionType })).toBe("easy");
      expect(inferRating({ correct: true, responseMs: fast(questionType), questionType })).toBe("good");
    }
  });

  it("keeps easy for a fast recall answer (cloze, typed) and for exercises", () => {
    for (const questionType of ["cloze", "typed", "ordering", "matching"] as const) {
      expect(inferRating({ correct: true, responseMs: fast(questionType), questionType })).toBe("easy");
    }
  });

  it("changes nothing but easy on a recognition face", () => {
    for (const questionType of TYPES) {
      for (const rating of ["again", "hard", "good"] as const) expect(capRatingForFace(rating, questionType)).toBe(rating);
    }
    expect(capRatingForFace("easy", "multiple_choice")).toBe("good");
    expect(capRatingForFace("easy", "typed")).toBe("easy");
  });
});
