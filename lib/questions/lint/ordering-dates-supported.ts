/**
 * Rule: every item of an ordering question, and every event of an events ↔ years matching
 * question, has its own date that a source supports: when it happened ("event") or what a source
 * states works out to ("derived"), never the date of the report that mentioned an ongoing
 * condition ("reported") or the date something was announced for ("planned"). Ordering items must
 * also be strictly ordered (no two whose dates overlap) and known to the month at least. An event
 * whose date note says it was dated by a report but whose basis claims "event" is caught too.
 */
import type { EventRecord } from "@/lib/events/schema";
import { strictlyBefore } from "../fuzzy-date";
import type { Question } from "../types";
import type { Finding, LintContext, LintRule } from "./types";

/** Date notes that say the date is the report's, not the event's. */
const REPORT_DATED =
  /\b(?:as reported|background given|described as being|announced in advance|analysis names|gives no year|gives no date)\b/i;

function dateProblems(event: EventRecord): string[] {
  const { basis, note } = event.date;
  if (basis === "reported") return [`${event.slug} is an ongoing condition dated by the report that mentions it`];
  if (basis === "planned") return [`${event.slug} was only announced for that date`];
  // An author who set another basis has weighed the note already; the default "event" may be an oversight.
  if (basis === "event" && note !== undefined && REPORT_DATED.test(note))
    return [`${event.slug}'s date note says it is dated by a report ("${note}")`];
  return [];
}

function checkQuestion(q: Question, ctx: LintContext): string[] {
  if (q.type === "ordering") {
    const events = q.correctOrder.map((slug) => ctx.index.event(slug));
    const problems = events.flatMap(dateProblems);
    events.forEach((a, i) => {
      if (a.date.precision === "year") problems.push(`${a.slug} is known only to the year`);
      for (const b of events.slice(i + 1))
        if (!strictlyBefore(a.date, b.date)) problems.push(`${a.slug} and ${b.slug} cannot be told apart in time`);
    });
    return problems;
  }
  if (q.type === "matching" && q.matchKind === "event-year") return q.left.flatMap((item) => dateProblems(ctx.index.event(item.id)));
  return [];
}

export const orderingDatesSupported: LintRule = {
  id: "ordering-dates-supported",
  description:
    "Ordering and year-matching items have distinct dates that a source supports (never a report's date for an ongoing condition).",
  check: (ctx) => ctx.bank.flatMap((q): Finding[] => checkQuestion(q, ctx).map((message) => ({ question: q, message }))),
};
