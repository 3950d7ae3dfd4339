/**
 * Date distractors at the answer's precision: first up to two other dates the dataset mentions
 * near the true one (real dates a student may mix up), then the true date shifted a little (days
 * for a day, months for a month, years for a year), always a valid calendar date. When the
 * prompt already names the year, day and month distractors keep that year.
 */
import type { Answer, FuzzyDate } from "@/lib/events/schema";
import { dateInterval, dateParts, dayNumber, fromDayNumber, fuzzyDate } from "../fuzzy-date";
import { containsPhrase } from "../matching/normalize";
import { daysInMonth } from "../matching/parse-date";
import { shuffle } from "../random";
import { concatTiers, type DistractorContext } from "./context";

/**
 * How far (in days between interval starts) a dataset date may be to count as "near": half a
 * year for a day (a date two years off fools nobody who half-remembers), a year for a month.
 */
const NEAR_WINDOW_DAYS = { day: 183, month: 366, year: 10 * 366 } as const;
const DAY_SHIFTS = [-1, 1, -2, 2, -3, 3, -7, 7, -10, 10];
const MONTH_SHIFTS = [-1, 1, -2, 2, -3, 3, -4, 4];
const YEAR_SHIFTS = [-1, 1, -2, 2, -3, 3, -5, 5];

function shifted(date: FuzzyDate): FuzzyDate[] {
  const { year, month = 1, day = 1 } = dateParts(date);
  if (date.precision === "year") return YEAR_SHIFTS.map((s) => fuzzyDate({ year: year + s }, "year"));
  if (date.precision === "month") {
    return MONTH_SHIFTS.map((s) => {
      const index = year * 12 + (month - 1) + s;
      return fuzzyDate({ year: Math.floor(index / 12), month: (index % 12) + 1 }, "month");
    });
  }
  const base = dayNumber(year, month, day);
  const byDays = DAY_SHIFTS.map((s) => fuzzyDate(fromDayNumber(base + s), "day"));
  // Same day of a neighbouring month, when that month has it.
  const byMonths = [-1, 1].flatMap((s) => {
    const index = year * 12 + (month - 1) + s;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return day <= daysInMonth(y, m) ? [fuzzyDate({ year: y, month: m, day }, "day")] : [];
  });
  return [...byDays, ...byMonths];
}

/** Candidate date answers, best first. */
export function dateCandidates(ctx: DistractorContext, answer: Extract<Answer, { kind: "date" }>): Answer[] {
  const target = answer.date;
  const { year } = dateParts(target);
  const yearFixed = target.precision !== "year" && containsPhrase(ctx.context, String(year));
  const keep = (d: FuzzyDate) => d.precision === target.precision && (!yearFixed || dateParts(d).year === year);
  const start = dateInterval(target).start;
  const near = ctx.index.dates.filter((d) => keep(d) && Math.abs(dateInterval(d).start - start) <= NEAR_WINDOW_DAYS[target.precision]);
  const fromDataset = shuffle(near, ctx.rng);
  const tiers = [fromDataset.slice(0, 2), shuffle(shifted(target).filter(keep), ctx.rng), fromDataset.slice(2)];
  return concatTiers(tiers, (d) => d.iso).map((date) => ({ kind: "date", date }));
}
