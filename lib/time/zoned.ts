/**
 * Times shown to people: in the viewer's own time zone, with the zone named, never a bare
 * "17:00 UTC". Pure: the caller passes the zone (the browser's, or "UTC" while the server renders
 * before the browser says which zone it is in) and, for CSV files, the viewer's UTC offset.
 */

export type TimeStyle = "due" | "short";

const OPTIONS: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  due: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  short: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
};

/** "Asia/Phnom_Penh" → "Phnom Penh"; "UTC" stays. */
export function zoneLabel(timeZone: string): string {
  const city = timeZone.split("/").at(-1) ?? timeZone;
  return city.replace(/_/g, " ");
}

/** "Fri, 5 Dec 2026, 17:00 (Phnom Penh, GMT+7)": the time in `timeZone`, the zone named. */
export function formatInZone(date: Date, timeZone: string, style: TimeStyle = "due"): string {
  const local = new Intl.DateTimeFormat("en-GB", { ...OPTIONS[style], timeZone }).format(date);
  const offset =
    new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "shortOffset" }).formatToParts(date).find((p) => p.type === "timeZoneName")
      ?.value ?? "";
  const label = zoneLabel(timeZone);
  return offset && offset !== label && timeZone !== "UTC" ? `${local} (${label}, ${offset})` : `${local} (${label})`;
}

/**
 * ISO 8601 with the viewer's offset, to the second: "2026-03-10T15:00:00+07:00" for UTC+7
 * (`offsetMinutes` east of UTC, as the kizuna-tz cookie holds it).
 */
export function toIsoWithOffset(date: Date, offsetMinutes: number): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${shifted.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "UTC+07:00" for the CSV headers. */
export function offsetLabel(offsetMinutes: number): string {
  return `UTC${toIsoWithOffset(new Date(0), offsetMinutes).slice(19)}`;
}

/** "2026-12-05": the calendar day of `date` for a viewer `offsetMinutes` east of UTC (the kizuna-tz cookie's value). */
export function localDay(date: Date, offsetMinutes: number): string {
  return toIsoWithOffset(date, offsetMinutes).slice(0, 10);
}
