/**
 * Pieces every dashboard query shares: the ownership check (written into each query's own SQL,
 * so a guessed id from another teacher matches nothing in the same statement that reads) and
 * conversions that hide PGlite/postgres.js result differences. Predicted recall is shared with
 * the student's progress page, in ../card-rules.ts.
 */
import { sql, type SQL } from "drizzle-orm";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids come from URLs; Postgres rejects a malformed uuid with an error, but to the caller "not a
 * uuid" and "not yours" mean the same thing: nothing to show.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * CTE body: the assignment, only if its class belongs to the teacher. Every assignment query
 * selects `from owned …`, so zero rows from it means "not yours" (→ null), while an owned
 * assignment with no students or questions still yields one row (→ []).
 */
export function selectOwnedAssignment({ teacherId, assignmentId }: { teacherId: string; assignmentId: string }): SQL {
  return sql`select a.id, a.class_id, a.set_id, a.due_at, a.is_quiz, a.created_at
             from assignments a
             join classes c on c.id = a.class_id
             where a.id = ${assignmentId} and c.teacher_id = ${teacherId}`;
}

/** CTE body: the class's enrolled students (needs the `owned` CTE). Dashboards only count them. */
export const ROSTER = sql`select e.student_id from enrollments e join owned on e.class_id = owned.class_id`;

/**
 * CTE body (needs `owned` and `roster`): the reviews that count toward the assignment — every
 * review by an enrolled student of a question in the set, given since the assignment was made.
 * Practice asks a fact by the face its memory calls for (issue 9), so a review of any face of a set
 * question's knowledge item counts toward that question; its `answer` is kept only when the face
 * shown was the set question itself (a wrong answer to another face is not this question's choice).
 * One review counts toward every assignment whose set holds its question, so overlapping sets
 * each get it (review_logs.assignment_id, which names one assignment, is not used for this).
 * The definitions built on it are in lib/teaching/dashboard-definitions.ts.
 *
 * The dashboard does not run this over review_logs on each view (its cost grew with the history):
 * it reads ASSIGNMENT_STATS and ASSIGNMENT_WRONG_ANSWERS below, the same reviews counted once as
 * they were logged (db/schema/dashboard.ts). Kept here as the definition those implement; the
 * aggregates' db test recomputes them from it.
 */
export const ASSIGNMENT_REVIEWS = sql`select r.id, r.user_id, i.question_id, r.correct, r.mode,
         case when r.question_id = i.question_id then r.answer end as answer, r.response_ms, r.reviewed_at
  from review_logs r
  join owned on true
  join questions sq on sq.item_id = r.item_id
  join quiz_set_items i on i.set_id = owned.set_id and i.question_id = sq.id
  where r.user_id in (select student_id from roster) and r.reviewed_at >= owned.created_at`;

/**
 * CTE body (needs `owned` and `roster`): per enrolled student and set question, the counts of the
 * reviews counting toward the assignment (ASSIGNMENT_REVIEWS), from assignment_question_stats. A
 * row exists only for a question reviewed at least once; questions since removed from the set and
 * students since gone from the class are left out here, as ASSIGNMENT_REVIEWS leaves them out.
 */
export const ASSIGNMENT_STATS = sql`select st.user_id, st.question_id, st.reviews, st.quiz_answers, st.quiz_correct,
         st.first_at, st.first_quiz_correct, st.first_quiz_ms
  from assignment_question_stats st
  join owned on st.assignment_id = owned.id
  join quiz_set_items i on i.set_id = owned.set_id and i.question_id = st.question_id
  where st.user_id in (select student_id from roster)`;

/** CTE body (needs `owned` and `roster`): each distinct wrong quiz answer per enrolled student and set question. */
export const ASSIGNMENT_WRONG_ANSWERS = sql`select w.user_id, w.question_id, w.answer
  from assignment_wrong_answers w
  join owned on w.assignment_id = owned.id
  join quiz_set_items i on i.set_id = owned.set_id and i.question_id = w.question_id
  where w.user_id in (select student_id from roster)`;

/**
 * A timestamp as epoch milliseconds (float8): both drivers return float8 as a JS number, while
 * raw timestamptz comes back as a Date from PGlite and a string from drizzle's postgres.js.
 */
export function toEpochMs(column: SQL): SQL {
  return sql`floor(extract(epoch from ${column}) * 1000)::float8`;
}

/** A nullable epoch-milliseconds column as a Date. */
export function toDateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}
