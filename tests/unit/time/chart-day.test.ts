import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatChartDay, formatChartDays } from "@/lib/time/chart-day";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

describe("days on charts", () => {
  it("writes a day as the student pages always have: day without a leading zero, then the short month", () => {
    expect(formatChartDay("2026-11-09")).toBe("9 Nov");
    expect(formatChartDay("2026-01-01")).toBe("1 Jan");
    expect(formatChartDay("2026-12-31")).toBe("31 Dec");
    // Three letters for every month: Intl's en-GB gives "Sept" on some ICU versions.
    expect(formatChartDay("2026-09-09")).toBe("9 Sep");
  });

  it("names the same day and month as the ISO day, for every day of a leap year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), (offset) => {
        const iso = new Date(Date.UTC(2028, 0, 1 + offset)).toISOString().slice(0, 10);
        const [day, month] = formatChartDay(iso).split(" ");
        expect(Number(day)).toBe(Number(iso.slice(8, 10)));
        expect(MONTHS.indexOf(month ?? "") + 1).toBe(Number(iso.slice(5, 7)));
      }),
    );
  });

  it("gives back anything that is not a YYYY-MM-DD day unchanged, rather than a wrong date", () => {
    for (const raw of ["", "Today", "2026-13-01", "2026-00-10", "2026-11-00", "2026-11", "11-09", "2026-11-09T00:00:00Z"])
      expect(formatChartDay(raw)).toBe(raw);
  });
});

describe("a chart's day labels (its screen-reader table)", () => {
  it("names each day as the ticks do, without the year while the days fall in one year", () => {
    expect(formatChartDays(["2026-11-08", "2026-11-09", "2026-11-10"])).toEqual(["8 Nov", "9 Nov", "10 Nov"]);
    expect(formatChartDays([])).toEqual([]);
  });

  it("adds the year to every day when the days span two years, so no two read the same", () => {
    expect(formatChartDays(["2026-12-31", "2027-01-01"])).toEqual(["31 Dec 2026", "1 Jan 2027"]);
  });

  it("gives back what is not a day unchanged, with no year added", () => {
    expect(formatChartDays(["Today", "2026-12-31", "2027-01-01"])).toEqual(["Today", "31 Dec 2026", "1 Jan 2027"]);
    expect(formatChartDays(["Today", "2026-11-09"])).toEqual(["Today", "9 Nov"]);
  });
});
