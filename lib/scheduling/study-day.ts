/**
 * The student's study day: "today" follows the student's clock, not the server's.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** UTC offsets in use run from −12:00 to +14:00; every offset the app takes is within ±14:00. */
export const MAX_UTC_OFFSET_MINUTES = 14 * 60;

/**
 * The instant the student's current day began (local midnight), for counting what was done
 * "today" (new cards introduced, reviews).
 * @param timeZoneOffsetMinutes the student's UTC offset, east positive (Tokyo +540, New York −300,
 *   i.e. `-new Date().getTimezoneOffset()` in their browser)
 * @throws RangeError if the offset is not a finite number within ±14 hours
 */
export function startOfStudyDay(now: Date, timeZoneOffsetMinutes: number): Date {
  if (!Number.isFinite(timeZoneOffsetMinutes) || Math.abs(timeZoneOffsetMinutes) > MAX_UTC_OFFSET_MINUTES) {
    throw new RangeError(`timeZoneOffsetMinutes must be within ±${MAX_UTC_OFFSET_MINUTES}, got ${timeZoneOffsetMinutes}`);
  }
  const offsetMs = timeZoneOffsetMinutes * MINUTE;
  const local = now.getTime() + offsetMs;
  return new Date(Math.floor(local / DAY) * DAY - offsetMs);
}

/** Whether `zone` is an IANA time zone this runtime knows ("Asia/Phnom_Penh", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC offset (minutes, east positive) of an IANA time zone at the instant `at` (it moves with
 * daylight saving time).
 * @throws RangeError for an unknown zone
 */
export function timeZoneOffsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const localAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((localAsUtc - Math.floor(at.getTime() / MINUTE) * MINUTE) / MINUTE);
}

/**
 * The instant the student's current study day began, from their settings: the day starts at
 * `dayStartHour` local time in `timeZone` (or, with no zone set, at the device's UTC offset).
 * A day that starts at 4 am puts a review at 1 am into the day before. Across a daylight-saving
 * change the offset of `now` is used for the whole day (at most an hour off, once a season).
 */
export function resolveStudyDayStart(
  now: Date,
  settings: { dayStartHour: number; timeZone: string | null },
  deviceOffsetMinutes: number,
): Date {
  const offset = settings.timeZone ? timeZoneOffsetMinutes(settings.timeZone, now) : deviceOffsetMinutes;
  const shift = settings.dayStartHour * 60 * MINUTE;
  return new Date(startOfStudyDay(new Date(now.getTime() - shift), offset).getTime() + shift);
}
