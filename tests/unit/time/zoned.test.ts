import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInZone, localDay, offsetLabel, toIsoWithOffset, zoneLabel } from "@/lib/time/zoned";

const AT = new Date("2026-12-05T10:00:00Z");

describe("times in the viewer's zone", () => {
  it("formats a due date in the given zone with the zone named", () => {
    expect(formatInZone(AT, "Asia/Phnom_Penh")).toBe("Sat, 5 Dec 2026, 17:00 (Phnom Penh, GMT+7)");
    expect(formatInZone(AT, "Asia/Tokyo", "short")).toBe("5 Dec, 19:00 (Tokyo, GMT+9)");
    expect(formatInZone(AT, "UTC")).toBe("Sat, 5 Dec 2026, 10:00 (UTC)");
    expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
  });

  it("writes ISO 8601 with an offset that names the same instant", () => {
    expect(toIsoWithOffset(AT, 420)).toBe("2026-12-05T17:00:00+07:00");
    expect(toIsoWithOffset(AT, -210)).toBe("2026-12-05T06:30:00-03:30");
    expect(toIsoWithOffset(AT, 0)).toBe("2026-12-05T10:00:00+00:00");
    expect(offsetLabel(345)).toBe("UTC+05:45");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000 }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (seconds, offset) => {
        const date = new Date(seconds * 1000);
        expect(new Date(toIsoWithOffset(date, offset)).getTime()).toBe(date.getTime());
      }),
    );
  });

  it("names the calendar day where the viewer is, which near midnight is not UTC's", () => {
    const lateEvening = new Date("2026-12-05T20:30:00Z");
    expect(localDay(lateEvening, 0)).toBe("2026-12-05");
    expect(localDay(lateEvening, 420)).toBe("2026-12-06"); // Phnom Penh: 03:30 the next day
    expect(localDay(new Date("2026-12-05T02:00:00Z"), -300)).toBe("2026-12-04"); // New York: 21:00 the day before
  });
});
