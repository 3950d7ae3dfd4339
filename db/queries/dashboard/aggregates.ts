/**
 * The dashboard aggregates (db/schema/dashboard.ts) recounted from review_logs for a scope: every
 * row in the scope is deleted and rebuilt, so a recount can run any number of times. The trigger
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

/**
 * Rebuilds the aggregates of the reviews in scope (each filter optional, all of them applying):
 * two deletes and two set-based inserts. An empty list in the scope matches nothing.
 */
export async function recountAssignmentStats(db: Db, scope: StatsScope = {}): Promise<void> {
  if ([scope.assignmentIds, scope.userIds, scope.questionIds].some((ids) => ids !== undefined && ids.length === 0)) return;
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
  const kept = where(sql`assignment_id`, sql`user_id`, sql`question_id`);
  const counted = where(sql`a.id`, sql`r.user_id`, sql`i.question_id`);
  await db.execute(sql`delete from assignment_question_stats where ${kept}`);
  await db.execute(sql`delete from assignment_wrong_answers where ${kept}`);
  // ASSIGNMENT_REVIEWS (./shared.ts), per assignment: reviews of any face of a set question's
  // item, by a student of the assignment's class, since the assignment was made.
  await db.execute(sql`insert into assignment_question_stats (assignment_id, user_id, question_id, reviews, quiz_answers,
        quiz_correct, first_at, last_at, first_quiz_at, first_quiz_id, first_quiz_correct, first_quiz_ms)
      select a.id, r.user_id, i.question_id,
             count(*)::int, (count(*) filter (where r.mode = 'quiz'))::int,
             (count(*) filter (where r.mode = 'quiz' and r.correct))::int,
             min(r.reviewed_at), max(r.reviewed_at),
             min(r.reviewed_at) filter (where r.mode = 'quiz'),
             (array_agg(r.id order by r.reviewed_at, r.id) filter (where r.mode = 'quiz'))[1],
             (array_agg(r.correct order by r.reviewed_at, r.id) filter (where r.mode = 'quiz'))[1],
             (array_agg(r.response_ms order by r.reviewed_at, r.id) filter (where r.mode = 'quiz'))[1]
      from review_logs r
      join questions sq on sq.item_id = r.item_id
      join quiz_set_items i on i.question_id = sq.id
      join assignments a on a.set_id = i.set_id and r.reviewed_at >= a.created_at
      join enrollments e on e.class_id = a.class_id and e.student_id = r.user_id
      where ${counted}
      group by a.id, r.user_id, i.question_id`);
  // Wrong answers are kept only when the face shown was the set question itself.
  await db.execute(sql`insert into assignment_wrong_answers (assignment_id, user_id, question_id, answer_hash, answer)
      select distinct a.id, r.user_id, i.question_id, md5(r.answer::text), r.answer
      from review_logs r
      join questions sq on sq.id = r.question_id and sq.item_id = r.item_id
      join quiz_set_items i on i.question_id = sq.id
      join assignments a on a.set_id = i.set_id and r.reviewed_at >= a.created_at
      join enrollments e on e.class_id = a.class_id and e.student_id = r.user_id
      where r.mode = 'quiz' and not r.correct and r.answer is not null and jsonb_typeof(r.answer) <> 'null' and ${counted}
      on conflict do nothing`);
}

/**
 * Every aggregate rebuilt from every log: the backfill data step, and the benchmarks after they
 * bulk-load logs with the trigger switched off.
 */
export async function backfillAssignmentStats(db: Db): Promise<void> {
  await recountAssignmentStats(db);
}
