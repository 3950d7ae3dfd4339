/**
 * The student's study day: "today" follows the student's clock, not the server's.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** UTC offsets in use run from −12:00 to +14:00; allow ±14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * The instant the student's current day began (local midnight), for counting what was done
 * "today" (new cards introduced, reviews).
 * @param timeZoneOffsetMinutes the student's UTC offset, east positive (Tokyo +540, New York −300,
 *   i.e. `-new Date().getTimezoneOffset()` in their browser)
 * @throws RangeError if the offset is not a finite number within ±14 hours
 */
export function startOfStudyDay(now: Date, timeZoneOffsetMinutes: number): Date {
  if (!Number.isFinite(timeZoneOffsetMinutes) || Math.abs(timeZoneOffsetMinutes) > MAX_OFFSET_MINUTES) {
    throw new RangeError(`timeZoneOffsetMinutes must be within ±${MAX_OFFSET_MINUTES}, got ${timeZoneOffsetMinutes}`);
  }
  const offsetMs = timeZoneOffsetMinutes * MINUTE;
  const local = now.getTime() + offsetMs;
  return new Date(Math.floor(local / DAY) * DAY - offsetMs);
}
