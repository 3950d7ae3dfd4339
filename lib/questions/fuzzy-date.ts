/**
 * Calendar arithmetic on the dataset's fuzzy dates ("2022-11-18" day, "2022-11" month, "2022"
 * year). A fuzzy date stands for an interval of days; two dates are strictly ordered only when
 * their intervals do not overlap, which is the same as comparing them at their common precision.
 * Pure: Date.UTC is used as a calendar, never as a clock.
 */
import type { DatePrecision } from "@/lib/domain";
import type { FuzzyDate } from "@/lib/events/schema";

/** A date split into numbers; month and day present only when known. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** Split a fuzzy date's iso string into numbers. */
export function dateParts(date: FuzzyDate): DateParts {
  const [y, m, d] = date.iso.split("-").map(Number);
  return {
    year: y ?? 0,
    ...(date.precision !== "year" && m !== undefined ? { month: m } : {}),
    ...(date.precision === "day" && d !== undefined ? { day: d } : {}),
  };
}

/** Build a fuzzy date from parts at a precision ("2022-03" for month). */
export function fuzzyDate(parts: DateParts, precision: DatePrecision): FuzzyDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso =
    precision === "year"
      ? String(parts.year).padStart(4, "0")
      : precision === "month"
        ? `${String(parts.year).padStart(4, "0")}-${pad(parts.month ?? 1)}`
        : `${String(parts.year).padStart(4, "0")}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`;
  return { iso, precision };
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar day a day number stands for. */
export function fromDayNumber(n: number): Required<DateParts> {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** First and last day (as day numbers) of the interval a fuzzy date covers. */
export function dateInterval(date: FuzzyDate): { start: number; end: number } {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  if (day === undefined) return { start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 0) };
  const n = dayNumber(year, month, day);
  return { start: n, end: n };
}

/** Whether `a` certainly happened before `b` (their intervals do not overlap). */
export function strictlyBefore(a: FuzzyDate, b: FuzzyDate): boolean {
  return dateInterval(a).end < dateInterval(b).start;
}

/** The coarser of two precisions. */
export function coarserPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

/** Whether `precision` is at least as fine as `than`. */
export function atLeastAsPrecise(precision: DatePrecision, than: DatePrecision): boolean {
  return PRECISION_RANK[precision] >= PRECISION_RANK[than];
}

/** The date cut down to a coarser precision ("2022-03-14" → "2022-03"). */
export function truncateDate(date: FuzzyDate, precision: DatePrecision): FuzzyDate {
  if (!atLeastAsPrecise(date.precision, precision)) return date;
  return fuzzyDate(dateParts(date), precision);
}

/**
 * Whether two dates may name the same time: equal once both are cut to the coarser precision.
 * "2022" and "2022-03" overlap, so one is never a distractor for the other.
 */
export function datesOverlap(a: FuzzyDate, b: FuzzyDate): boolean {
  const p = coarserPrecision(a.precision, b.precision);
  return truncateDate(a, p).iso === truncateDate(b, p).iso;
}

/** Whether parsed parts agree with `date` down to its precision (finer parts are not checked). */
export function partsAgree(parts: DateParts, date: FuzzyDate): boolean {
  const want = dateParts(date);
  if (parts.year !== want.year) return false;
  if (want.month !== undefined && parts.month !== want.month) return false;
  if (want.day !== undefined && parts.day !== want.day) return false;
  return true;
}
