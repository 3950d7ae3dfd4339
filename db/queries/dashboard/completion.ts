/**
 * The progress chart: for each of the last N days of the teacher's calendar, how many enrolled
 * students had started the assignment and how many had completed it by the end of that day.
 * Days are the teacher's own (the UTC offset of their device), as the recall panel's day is: a
 * student finishing at 21:00 UTC in Phnom Penh finished on the next day there. One query: each student's
 * start and completion moments are computed once, then counted against a generate_series of days.
 */
import { sql, type SQL } from "drizzle-orm";
import { MAX_UTC_OFFSET_MINUTES } from "@/lib/scheduling/study-day";
import type { Db } from "../../client";
import { selectRows } from "../../rows";
import { ASSIGNMENT_STATS, isUuid, ROSTER, selectOwnedAssignment } from "./shared";
import { unflaggedBySetOwner } from "../question-flags";

export interface CompletionDay {
  /** The teacher's day, "YYYY-MM-DD". */
  day: string;
  /** Students with at least one review for the assignment by the end of the day. */
  started: number;
  /** Students who had answered every question of the set by the end of the day. */
  completed: number;
}

/** The longest chart we draw: a school year. */
export const MAX_COMPLETION_DAYS = 366;

/**
 * `days` days ending with the day of `now`, oldest first, in the calendar `utcOffsetMinutes` east
 * of UTC (default 0); null if the assignment is not the teacher's. A student completes at the moment their last unanswered set question got its first
 * review; an empty set is never completed.
 */
export async function countCompletionPerDay(
  db: Db,
  input: { teacherId: string; assignmentId: string; now: Date; days: number; utcOffsetMinutes?: number },
): Promise<CompletionDay[] | null> {
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_COMPLETION_DAYS) {
    throw new RangeError(`days must be an integer from 1 to ${MAX_COMPLETION_DAYS}`);
  }
  const offset = input.utcOffsetMinutes ?? 0;
  if (!Number.isInteger(offset) || Math.abs(offset) > MAX_UTC_OFFSET_MINUTES)
    throw new RangeError("utcOffsetMinutes must be whole minutes within ±14 hours");
  if (!isUuid(input.teacherId) || !isUuid(input.assignmentId)) return null;
  const shift = sql`(${offset}::int * interval '1 minute')`;
  const today = sql`((${input.now.toISOString()}::timestamptz at time zone 'UTC') + ${shift})::date`;
  // The instant a local day ends: its next midnight, in UTC.
  const endOf = (day: SQL) => sql`(((${day} + 1)::timestamp - ${shift}) at time zone 'UTC')`;
  const rows = await selectRows<CompletionDay>(
    db,
    sql`with owned as (${selectOwnedAssignment(input)}),
        roster as (${ROSTER}),
        items as (select i.question_id from quiz_set_items i join owned on i.set_id = owned.set_id where ${unflaggedBySetOwner("i")}),
        -- The reviews counting toward the assignment (ASSIGNMENT_REVIEWS), as the students panel counts them:
        -- each (student, question)'s first counted review.
        stats as (${ASSIGNMENT_STATS}),
        first_answers as (
          select user_id, question_id, first_at
          from stats where question_id in (select question_id from items)
        ),
        completions as (
          -- A group exists only with ≥ 1 answer, so an empty set never counts as completed.
          select user_id, max(first_at) as completed_at
          from first_answers group by user_id
          having count(*) = (select count(*) from items)
        ),
        progress as (
          select l.user_id, min(l.first_at) as started_at, min(c.completed_at) as completed_at
          from stats l left join completions c on c.user_id = l.user_id
          group by l.user_id
        ),
        span as (
          select generate_series(${today} - ${input.days - 1}::int, ${today}, interval '1 day')::date as day
        )
        select to_char(span.day, 'YYYY-MM-DD') as day,
               count(p.started_at) filter (where p.started_at < ${endOf(sql`span.day`)})::int as started,
               count(p.completed_at) filter (where p.completed_at < ${endOf(sql`span.day`)})::int as completed
        from owned
        cross join span
        left join progress p on true
        group by span.day
        order by span.day`,
  );
  return rows.length === 0 ? null : rows;
}
