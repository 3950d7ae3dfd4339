/** Readable dates at their precision: "18 November 2021", "March 2022", "2013". */
import type { FuzzyDate } from "@/lib/events/schema";
import { dateParts } from "../fuzzy-date";

/** English month names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Render a fuzzy date as the dataset's readers write it, never more precise than it is known. */
export function renderDate(date: FuzzyDate): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return String(year);
  const monthName = MONTH_NAMES[month - 1] ?? String(month);
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}
