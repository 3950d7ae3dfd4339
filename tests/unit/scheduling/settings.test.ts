import { describe, expect, it } from "vitest";
import {
  DEFAULT_STUDY_SETTINGS,
  formatInterval,
  resolveStudyDayStart,
  studySettingsFormSchema,
  studySettingsSchema,
  timeZoneOffsetMinutes,
} from "@/lib/scheduling";

const messages = (input: unknown) => {
  const result = studySettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("studySettingsSchema", () => {
  it("fills in defaults", () => {
    expect(studySettingsSchema.parse({})).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      reviewCap: null,
      dayStartHour: 0,
      timeZone: null,
    });
    expect(studySettingsSchema.parse({})).toEqual(DEFAULT_STUDY_SETTINGS);
  });

  it("accepts values at the bounds", () => {
    expect(
      studySettingsSchema.parse({ desiredRetention: 0.7, newPerDay: 0, reviewCap: 1, dayStartHour: 23, timeZone: "Asia/Phnom_Penh" }),
    ).toEqual({
      desiredRetention: 0.7,
      newPerDay: 0,
      reviewCap: 1,
      dayStartHour: 23,
      timeZone: "Asia/Phnom_Penh",
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
    expect(messages({ dayStartHour: 24 })).toEqual(["dayStartHour: Pick an hour from 0 to 23."]);
    expect(messages({ timeZone: "Mars/Olympus" })).toEqual(["timeZone: Pick a time zone from the list."]);
  });
});

describe("studySettingsFormSchema", () => {
  const form = (values: Record<string, string>) => studySettingsFormSchema.safeParse(values);

  it("reads the form's strings: a percentage or a share, an empty cap and zone as none", () => {
    expect(form({ desiredRetention: "85", newPerDay: "5", reviewCap: "", dayStartHour: "4", timeZone: "" }).data).toEqual({
      desiredRetention: 0.85,
      newPerDay: 5,
      reviewCap: null,
      dayStartHour: 4,
      timeZone: null,
    });
    expect(
      form({ desiredRetention: "0.95", newPerDay: "0", reviewCap: "100", dayStartHour: "0", timeZone: "Asia/Tokyo" }).data,
    ).toMatchObject({
      desiredRetention: 0.95,
      reviewCap: 100,
      timeZone: "Asia/Tokyo",
    });
  });

  it("refuses an empty or non-numeric count beside its field", () => {
    const result = form({ desiredRetention: "99", newPerDay: "", reviewCap: "x", dayStartHour: "4", timeZone: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["desiredRetention", "newPerDay", "reviewCap"]);
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

describe("resolveStudyDayStart", () => {
  const at = (iso: string) => new Date(iso);

  it("starts the day at the chosen hour in the chosen zone", () => {
    // 01:30 in Phnom Penh (UTC+7) on 3 March, day starting at 04:00: still the day of 2 March.
    expect(resolveStudyDayStart(at("2026-03-02T18:30:00Z"), { dayStartHour: 4, timeZone: "Asia/Phnom_Penh" }, 0)).toEqual(
      at("2026-03-01T21:00:00Z"),
    );
    // 05:00 the same morning: the new day began at 04:00 local.
    expect(resolveStudyDayStart(at("2026-03-02T22:00:00Z"), { dayStartHour: 4, timeZone: "Asia/Phnom_Penh" }, 0)).toEqual(
      at("2026-03-02T21:00:00Z"),
    );
  });

  it("uses the device's offset when no zone is set, and midnight by default", () => {
    expect(resolveStudyDayStart(at("2026-03-02T18:30:00Z"), { dayStartHour: 0, timeZone: null }, 540)).toEqual(at("2026-03-02T15:00:00Z"));
  });

  it("follows daylight saving time", () => {
    expect(timeZoneOffsetMinutes("Europe/London", at("2026-01-15T12:00:00Z"))).toBe(0);
    expect(timeZoneOffsetMinutes("Europe/London", at("2026-07-15T12:00:00Z"))).toBe(60);
    expect(timeZoneOffsetMinutes("America/New_York", at("2026-01-15T12:00:00Z"))).toBe(-300);
  });
});
