/**
 * Short labels for how long until a card comes back, for the grade buttons ("1m", "10m", "1d",
 * "4d", "3mo", "1.5y"). Months are 30 days and years 365, as in Anki.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal below 10 ("1.5mo"), none from 10 ("14mo"), never a trailing ".0". */
function compact(value: number): string {
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return String(rounded);
}

/**
 * A compact label for a duration in milliseconds: minutes under an hour, hours under a day,
 * days under 30 days, months under a year, then years. Never below "1m".
 */
export function formatInterval(ms: number): string {
  if (!(ms >= MINUTE)) return "1m"; // also NaN and negatives
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${compact(days / 30)}mo`;
  return `${compact(days / 365)}y`;
}
