"use client";

import { useSyncExternalStore } from "react";
import { formatInZone, type TimeStyle } from "@/lib/time/zoned";

const subscribeNever = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** The viewer's own time zone (the server renders UTC until the browser takes over). */
export function useTimeZone(): string {
  return useSyncExternalStore(subscribeNever, browserZone, () => "UTC");
}

/** A moment in the viewer's time zone, with the zone named ("… 17:00 (Phnom Penh, GMT+7)"). */
export function LocalTime({ iso, style = "due" }: { iso: string; style?: TimeStyle }) {
  const zone = useTimeZone();
  return <time dateTime={iso}>{formatInZone(new Date(iso), zone, style)}</time>;
}

/** "Times are in your time zone, Phnom Penh (Asia/Phnom_Penh)": said once beside a time input. */
export function ZoneNote() {
  const zone = useTimeZone();
  return <span className="zone-note">Your time zone: {zone.replace(/_/g, " ")}</span>;
}
