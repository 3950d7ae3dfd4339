/**
 * The dashboard aggregates (db/schema/dashboard.ts) recounted from review_logs for a scope: each
 * row in the scope is brought in line with the logs (only the rows that differ are written), so a
 * recount can run any number of times. The trigger
 * on review_logs (migration dashboard_aggregates_trigger) adds each new batch of logs to the same rows with the same
 * joins; `tests/db/dashboard-aggregates.test.ts` checks that both give the same rows.
 *
 * Why a recount is needed besides the trigger: the trigger counts a review toward the assignments
 * that exist, hold its question and whose class the student is in when the review lands. When a
 * student enrols, a question joins a set, or an assignment is made, reviews already logged may
 * start counting: the query functions that make those changes call {@link recountAssignmentStats}
 * for just that scope (one student's, one set's or one assignment's logs, never the whole table).
 */
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { selectRows } from "../../rows";

export interface StatsScope {
  assignmentIds?: readonly string[];
  userIds?: readonly string[];
  questionIds?: readonly string[];
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Rows a recount wrote (inserted or changed) and deleted, over both tables: 0 and 0 when all was right. */
export interface RecountReport {
  written: number;
  deleted: number;
}

const STATS_VALUES = [
  "reviews",
  "quiz_answers",
  "quiz_correct",
  "first_at",
  "last_at",
  "first_quiz_at",
  "first_quiz_id",
  "first_quiz_correct",
  "first_quiz_ms",
] as const;
const columns = (prefix: string) => sql.raw(STATS_VALUES.map((c) => `${prefix}${c}`).join(", "));

/**
 * Brings the aggregates of the reviews in scope (each filter optional, all of them applying) into
 * line with the logs, in one transaction: rows whose counts changed are updated in place, missing
 * rows inserted, rows no longer in scope deleted, and a row already right is not touched. Deleting
 * and re-inserting every row instead left a dead copy of each per recount (the table doubled
 * until vacuum), though a recount mostly finds the trigger's rows already right. An empty list in
 * the scope matches nothing.
 */
export async function recountAssignmentStats(db: Db, scope: StatsScope = {}): Promise<RecountReport> {
  if ([scope.assignmentIds, scope.userIds, scope.questionIds].some((ids) => ids !== undefined && ids.length === 0)) {
    return { written: 0, deleted: 0 };
  }
  const where = (assignment: SQL, user: SQL, question: SQL) =>
    sql.join(
      [
        sql`true`,
        ...(scope.assignmentIds ? [sql`${assignment} in (${list(scope.assignmentIds)})`] : []),
        ...(scope.userIds ? [sql`${user} in (${list(scope.userIds)})`] : []),
        ...(scope.questionIds ? [sql`${question} in (${list(scope.questionIds)})`] : []),
      ],
      sql` and `,
    );
  const kept = where(sql`cur.assignment_id`, sql`cur.user_id`, sql`cur.question_id`);
  const counted = where(sql`a.id`, sql`r.user_id`, sql`i.question_id`);
  return db.transaction(async (tx) => {
    // ASSIGNMENT_REVIEWS (./shared.ts), per assignment: reviews of any face of a set question's
    // item, by a student of the assignment's class, since the assignment was made. The delete and
    // the upsert touch disjoint rows (out of `fresh`, in it), so one statement can hold both.
    const [stats] = await selectRows<RecountReport>(
      tx as unknown as Db,
      sql`with fresh as (
          select a.id as assignment_id, r.user_id, i.question_id,
                 count(*)::int as reviews, (count(*) filter (where r.mode = 'quiz'))::int as quiz_answers,
                 (count(*) filter (where r.mode = 'quiz' and r.correct))::int as quiz_correct,
                 min(r.reviewed_at) as first_at, max(r.reviewed_at) as last_at,
                 min(r.reviewed_at) filter (where r.mode = 'quiz') as first_quiz_at,
                 (array_agg(r.id order by r.reviewed_at, r.id) filter (where r.mode = 'quiz'))[1] as first_quiz_id,
                 (array_agg(r.correct order by r.reviewed_at, r.id) filter (where r.mode = 'quiz'))[1] as first_quiz_correct,
                 (array_agg(r.response_ms order by r.reviewed_at, r.id) filter (where r.mode = 'quiz'))[1] as first_quiz_ms
          from review_logs r
          join questions sq on sq.item_id = r.item_id
          join quiz_set_items i on i.question_id = sq.id
          join assignments a on a.set_id = i.set_id and r.reviewed_at >= a.created_at
          join enrollments e on e.class_id = a.class_id and e.student_id = r.user_id
          where ${counted}
          group by a.id, r.user_id, i.question_id
        ),
        gone as (
          delete from assignment_question_stats cur
          where ${kept}
            and not exists (select 1 from fresh f
                            where f.assignment_id = cur.assignment_id and f.user_id = cur.user_id and f.question_id = cur.question_id)
          returning 1
        ),
        written as (
          insert into assignment_question_stats as cur (assignment_id, user_id, question_id, ${columns("")})
          select assignment_id, user_id, question_id, ${columns("")} from fresh
          on conflict (assignment_id, user_id, question_id) do update set (${columns("")}) = (${columns("excluded.")})
          where (${columns("cur.")}) is distinct from (${columns("excluded.")})
          returning 1
        )
        select (select count(*) from written)::int as written, (select count(*) from gone)::int as deleted`,
    );
    // Wrong answers are kept only when the face shown was the set question itself. A row is all
    // key (the answer is the one its hash names), so there is nothing to update, only to add or drop.
    const [wrong] = await selectRows<RecountReport>(
      tx as unknown as Db,
      sql`with fresh as (
          select distinct a.id as assignment_id, r.user_id, i.question_id, md5(r.answer::text) as answer_hash, r.answer
          from review_logs r
          join questions sq on sq.id = r.question_id and sq.item_id = r.item_id
          join quiz_set_items i on i.question_id = sq.id
          join assignments a on a.set_id = i.set_id and r.reviewed_at >= a.created_at
          join enrollments e on e.class_id = a.class_id and e.student_id = r.user_id
          where r.mode = 'quiz' and not r.correct and r.answer is not null and jsonb_typeof(r.answer) <> 'null' and ${counted}
        ),
        gone as (
          delete from assignment_wrong_answers cur
          where ${kept}
            and not exists (select 1 from fresh f
                            where f.assignment_id = cur.assignment_id and f.user_id = cur.user_id
                              and f.question_id = cur.question_id and f.answer_hash = cur.answer_hash)
          returning 1
        ),
        written as (
          insert into assignment_wrong_answers (assignment_id, user_id, question_id, answer_hash, answer)
          select assignment_id, user_id, question_id, answer_hash, answer from fresh
          on conflict do nothing
          returning 1
        )
        select (select count(*) from written)::int as written, (select count(*) from gone)::int as deleted`,
    );
    return { written: (stats?.written ?? 0) + (wrong?.written ?? 0), deleted: (stats?.deleted ?? 0) + (wrong?.deleted ?? 0) };
  });
}

/**
 * Every aggregate recounted from every log: the backfill data step, and the benchmarks after they
 * bulk-load logs with the trigger switched off.
 */
export async function backfillAssignmentStats(db: Db): Promise<RecountReport> {
  return recountAssignmentStats(db);
}
