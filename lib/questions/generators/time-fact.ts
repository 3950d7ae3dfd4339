import type { EventRecord } from "@/lib/events/schema";

/**
 * Whether an event's date is a fact about when it happened ("event", or "derived" from what a
 * source states) rather than the date of a report on an ongoing condition or of an announcement:
 * only such dates are asked in timelines and year matching.
 */
export function isTimeFact(event: EventRecord): boolean {
  return event.date.basis === "event" || event.date.basis === "derived";
}
