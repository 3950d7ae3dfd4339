import { describe, expect, it } from "vitest";
import { DEFAULT_STUDY_SETTINGS, formatInterval, studySettingsSchema } from "@/lib/scheduling";

const messages = (input: unknown) => {
  const result = studySettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("studySettingsSchema", () => {
  it("fills in defaults", () => {
    expect(studySettingsSchema.parse({})).toEqual({ desiredRetention: 0.9, newPerDay: 20, reviewCap: null });
    expect(studySettingsSchema.parse({})).toEqual(DEFAULT_STUDY_SETTINGS);
  });

  it("accepts values at the bounds", () => {
    expect(studySettingsSchema.parse({ desiredRetention: 0.7, newPerDay: 0, reviewCap: 1 })).toEqual({
      desiredRetention: 0.7,
      newPerDay: 0,
      reviewCap: 1,
    });
    expect(studySettingsSchema.parse({ desiredRetention: 0.97, newPerDay: 200, reviewCap: 1000 }).reviewCap).toBe(1000);
    expect(studySettingsSchema.parse({ reviewCap: null }).reviewCap).toBeNull();
  });

  it("rounds a float4 retention back to what was saved", () => {
    expect(studySettingsSchema.parse({ desiredRetention: Math.fround(0.97) }).desiredRetention).toBe(0.97);
  });

  it("rejects values out of range with clear messages", () => {
    expect(messages({ desiredRetention: 0.69 })).toEqual(["desiredRetention: Desired retention must be at least 0.7 (70%)."]);
    expect(messages({ desiredRetention: 0.98 })).toEqual(["desiredRetention: Desired retention must be at most 0.97 (97%)."]);
    expect(messages({ desiredRetention: "high" })).toEqual(["desiredRetention: Desired retention must be a number, e.g. 0.9 for 90%."]);
    expect(messages({ newPerDay: -1 })).toEqual(["newPerDay: New cards per day cannot be negative."]);
    expect(messages({ newPerDay: 201 })).toEqual(["newPerDay: New cards per day must be at most 200."]);
    expect(messages({ newPerDay: 2.5 })).toEqual(["newPerDay: New cards per day must be a whole number."]);
    expect(messages({ reviewCap: 0 })).toEqual(["reviewCap: The review cap must be at least 1, or empty for no cap."]);
    expect(messages({ reviewCap: 1001 })).toEqual(["reviewCap: The review cap must be at most 1000."]);
  });
});

describe("formatInterval", () => {
  const MIN = 60_000;
  const DAY = 1440 * MIN;
  it("labels minutes, hours, days, months and years compactly", () => {
    expect(formatInterval(MIN)).toBe("1m");
    expect(formatInterval(10 * MIN)).toBe("10m");
    expect(formatInterval(5 * 1000)).toBe("1m");
    expect(formatInterval(3 * 60 * MIN)).toBe("3h");
    expect(formatInterval(DAY)).toBe("1d");
    expect(formatInterval(4 * DAY)).toBe("4d");
    expect(formatInterval(29 * DAY)).toBe("29d");
    expect(formatInterval(90 * DAY)).toBe("3mo");
    expect(formatInterval(45 * DAY)).toBe("1.5mo");
    expect(formatInterval(365 * DAY)).toBe("1y");
    expect(formatInterval(2.5 * 365 * DAY)).toBe("2.5y");
    expect(formatInterval(40 * 365 * DAY)).toBe("40y");
  });
});
