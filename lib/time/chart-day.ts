/**
 * Calendar days as charts show them, on every page (a student's progress, a teacher's assignment
 * dashboard), so one day reads the same everywhere.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "2026-11-09" → "9 Nov": a day for a chart tick or caption. Takes the day as the queries give it
 * ("YYYY-MM-DD", already in the right zone), not a Date, so no time zone can move it; and spells
 * the months itself because Intl's en-GB short months vary with the ICU version ("Sep" or
 * "Sept"). Anything that is not such a day comes back unchanged.
 */
export function formatChartDay(isoDay: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(isoDay);
  const month = match ? MONTHS[Number(match[1]) - 1] : undefined;
  const day = match ? Number(match[2]) : 0;
  return month && day >= 1 && day <= 31 ? `${day} ${month}` : isoDay;
}

/**
 * Labels for a chart's days, in the words of its ticks ("9 Nov"), for the table screen readers
 * read beside the bars (they read "2026-11-09" otherwise, where the eye reads "9 Nov"). When the
 * days span more than one year, every label carries its year ("28 Dec 2026", "3 Jan 2027"), or
 * the same "3 Jan" could name two days.
 */
export function formatChartDays(isoDays: readonly string[]): string[] {
  const labels = isoDays.map((day) => ({ day, label: formatChartDay(day) }));
  // Only real days count towards the span; anything else comes back unchanged, with no year.
  const years = new Set(labels.filter(({ day, label }) => label !== day).map(({ day }) => day.slice(0, 4)));
  return labels.map(({ day, label }) => (years.size > 1 && label !== day ? `${label} ${day.slice(0, 4)}` : label));
}
