import { z } from "zod";
import { MAX_UTC_OFFSET_MINUTES } from "@/lib/scheduling/study-day";

/** What a practice session is narrowed to, from the URL: a topic, an event, an assignment, or everything. */
export const studyScopeSchema = z.object({
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, "topic must be a topic slug")
    .optional(),
  event: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "event must be an event slug")
    .optional(),
  assignment: z.uuid({ error: "assignment must be an assignment id" }).optional(),
});

/** The query string that recreates a scope ("?assignment=…", "?event=…", "?topic=…" or ""). */
export function scopeQuery(scope: StudyScopeParams): string {
  if (scope.assignment) return `?assignment=${scope.assignment}`;
  if (scope.event) return `?event=${scope.event}`;
  if (scope.topic) return `?topic=${scope.topic}`;
  return "";
}
export type StudyScopeParams = z.infer<typeof studyScopeSchema>;

/** The device's UTC offset in minutes, from the cookie the client sets (0 when unknown). */
export function parseUtcOffset(value: string | undefined): number {
  const minutes = Number(value);
  return Number.isInteger(minutes) && Math.abs(minutes) <= MAX_UTC_OFFSET_MINUTES ? minutes : 0;
}
