import { editDistance } from "./edit-distance";

/**
 * Read a typed date in the forms people actually write: "24 February 2022", "Feb 24, 2022",
 * "February 24th 2022", "2022-02-24", "24/2/2022", "March 2022", "2022-03", "Mar 2022", "2013".
 * Numeric day/month orders are ambiguous ("3/4/2022"), so every valid reading is returned and the
 * caller accepts the response if any reading agrees with the answer.
 */

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const FILLER = new Set([
  "of",
  "the",
  "on",
  "in",
  "around",
  "at",
  "about",
  "mon",
  "monday",
  "tue",
  "tues",
  "tuesday",
  "wed",
  "wednesday",
  "thu",
  "thur",
  "thurs",
  "thursday",
  "fri",
  "friday",
  "sat",
  "saturday",
  "sun",
  "sunday",
]);

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A month name, tolerating one slip in a full name ("Febuary", "Novmber"). */
function monthOf(token: string): number | undefined {
  const exact = MONTHS[token];
  if (exact !== undefined || token.length < 5 || !/^[a-z]+$/.test(token)) return exact;
  const close = Object.keys(MONTHS).filter((name) => name.length >= 5 && editDistance(token, name) <= 1);
  return close.length === 1 && close[0] !== undefined ? MONTHS[close[0]] : undefined;
}

function valid(date: ParsedDate): boolean {
  if (date.year < 1 || date.year > 9999) return false;
  if (date.month === undefined) return date.day === undefined;
  if (date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  return date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

function numeric(text: string): ParsedDate[] {
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (m) {
    return [{ year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) }];
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Day first (as most of the world writes it), then month first.
    return [
      { year, month: b, day: a },
      { year, month: a, day: b },
    ];
  }
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return [{ year: Number(m[2]), month: Number(m[1]) }];
  m = /^(\d{4})$/.exec(text);
  if (m) return [{ year: Number(m[1]) }];
  return [];
}

function worded(text: string): ParsedDate[] {
  const tokens = text
    .replace(/,/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .replace(/\./g, " ")
    .split(/\s+/)
    .filter((t) => t !== "" && !FILLER.has(t));
  let month: number | undefined;
  let year: number | undefined;
  let day: number | undefined;
  for (const token of tokens) {
    const named = monthOf(token);
    if (named !== undefined) {
      if (month !== undefined) return [];
      month = named;
    } else if (/^\d{4}$/.test(token)) {
      if (year !== undefined) return [];
      year = Number(token);
    } else if (/^\d{1,2}$/.test(token)) {
      if (day !== undefined) return [];
      day = Number(token);
    } else {
      return [];
    }
  }
  if (year === undefined || month === undefined) return [];
  return [{ year, month, ...(day !== undefined ? { day } : {}) }];
}

/** Every valid reading of a typed date (empty when it is not a date). */
export function parseDateResponse(input: string): ParsedDate[] {
  const text = input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .trim()
    .replace(/^(?:on|in|around|about)\s+/, "")
    .replace(/\s+/g, " ");
  const readings = /[a-z]/.test(text) ? worded(text) : numeric(text.replace(/\s+/g, ""));
  return readings.filter(valid);
}
