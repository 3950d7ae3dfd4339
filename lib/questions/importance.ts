/**
 * How much a question matters to a teacher, from the dataset's fact importances: a fact question
 * takes its fact's, an event counts as its most important fact, and an ordering or matching
 * question takes the middle of its members (so one core event among trivia does not lift a
 * question of details).
 */
import { factImportance, IMPORTANCE_ORDER, type EventRecord, type Importance } from "@/lib/events/schema";

const rank = (importance: Importance) => IMPORTANCE_ORDER.indexOf(importance);

/** An event's importance: that of its most important fact. */
export function eventImportance(event: EventRecord): Importance {
  const best = Math.min(...event.facts.map((f) => rank(factImportance(f))));
  return IMPORTANCE_ORDER[best] ?? "supporting";
}

/** The median importance of some events (the more important of the two middle ones). */
export function groupImportance(events: readonly EventRecord[]): Importance {
  const ranks = events.map((e) => rank(eventImportance(e))).sort((a, b) => a - b);
  return IMPORTANCE_ORDER[ranks[Math.floor((ranks.length - 1) / 2)] ?? 1] ?? "supporting";
}
