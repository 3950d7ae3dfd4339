import { describe, expect, it } from "vitest";
import { computeStreak, localDayOf } from "@/lib/study/streak";

describe("computeStreak", () => {
  it("counts consecutive days ending today", () => {
    expect(computeStreak(["2026-03-01", "2026-02-28", "2026-02-27", "2026-02-25"], "2026-03-01")).toBe(3);
  });
  it("is still alive when the last review was yesterday", () => {
    expect(computeStreak(["2026-02-28", "2026-02-27"], "2026-03-01")).toBe(2);
  });
  it("is zero after a missed day", () => {
    expect(computeStreak(["2026-02-27"], "2026-03-01")).toBe(0);
    expect(computeStreak([], "2026-03-01")).toBe(0);
  });
  it("crosses month and year ends", () => {
    expect(computeStreak(["2026-01-01", "2025-12-31", "2025-12-30"], "2026-01-01")).toBe(3);
  });
});

describe("localDayOf", () => {
  it("uses the student's offset, not UTC", () => {
    const lateUtc = new Date("2026-03-01T22:30:00Z");
    expect(localDayOf(lateUtc, 0)).toBe("2026-03-01");
    expect(localDayOf(lateUtc, 9 * 60)).toBe("2026-03-02"); // Tokyo
    expect(localDayOf(new Date("2026-03-01T03:00:00Z"), -5 * 60)).toBe("2026-02-28"); // New York
  });
});
