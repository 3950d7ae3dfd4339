/**
 * Which questions a student may record a review of. A review moves the memory of the question's
 * knowledge item, so it is refused for an item the student cannot reach — a teacher's private
 * collection reaches a student only through an assignment to one of their classes (the same rule
 * as the study queue's scope) — and for an item held back by an open scored quiz (issue 10:
 * the quiz asks it first; practice must not rehearse it meanwhile). Unknown ids are not judged
 * here: the caller reports them as unknown.
 */
import { sql, type SQL } from "drizzle-orm";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import type { Db } from "../client";
import { selectRows } from "../rows";

export type RefusalReason = "not-in-your-studies" | "held-back-by-quiz";

export const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  "not-in-your-studies": "This question is not part of your studies.",
  "held-back-by-quiz": "This fact is in a scored quiz you have not submitted yet: answer it in the quiz.",
};

/**
 * The columns `reachable` and `held_back` of a question row aliased `q`, for this student: the
 * one rule of refusal, shared by findRefusedReviews and the review post's single read
 * (./review-context.ts). Whether the item is held back is listHeldBackItemIds's rule
 * (./quiz-attempts.ts) asked of these items only — keep the two in step.
 */
export function refusalColumns(studentId: string, now: Date): SQL {
  // `q.collection = …` first: a built-in face is itself a face of its item in the built-in
  // collection, so the answer is the same, and the exists is not run for it. When the planner
  // expects few built-in rows (several collections, or statistics older than the bank), it runs
  // the exists as a hashed subplan that reads every built-in question, even for a batch of one:
  // the review post's context read took 0.40 ms of execution that way against 0.08 ms with this.
  return sql`(q.collection = ${BUILTIN_COLLECTION} or exists (select 1 from questions cq where cq.item_id = q.item_id
                       and (cq.collection = ${BUILTIN_COLLECTION} or cq.id in (select i.question_id from assignments a
                            join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
                            join quiz_set_items i on i.set_id = a.set_id)))) as reachable,
             exists (select 1 from assignments a
                       join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
                       join quiz_set_items i on i.set_id = a.set_id
                       join questions hq on hq.id = i.question_id
                       where hq.item_id = q.item_id and a.is_quiz and a.due_at > ${now.toISOString()}::timestamptz
                         and not exists (select 1 from quiz_attempts qa
                                         where qa.assignment_id = a.id and qa.student_id = ${studentId} and qa.submitted_at is not null)) as held_back`;
}

/** Why a question with these refusalColumns may not be reviewed, or null if it may. */
export function refusalOf(row: { reachable: boolean; held_back: boolean }): RefusalReason | null {
  if (!row.reachable) return "not-in-your-studies";
  if (row.held_back) return "held-back-by-quiz";
  return null;
}

/** The ids among `questionIds` the student may not review, each with the reason. One statement. */
export async function findRefusedReviews(
  db: Db,
  { studentId, questionIds, now }: { studentId: string; questionIds: string[]; now: Date },
): Promise<Map<string, RefusalReason>> {
  const refused = new Map<string, RefusalReason>();
  const ids = [...new Set(questionIds)];
  if (ids.length === 0) return refused;
  const rows = await selectRows<{ id: string; reachable: boolean; held_back: boolean }>(
    db,
    sql`select q.id, ${refusalColumns(studentId, now)}
        from questions q
        where q.id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  for (const row of rows) {
    const reason = refusalOf(row);
    if (reason) refused.set(row.id, reason);
  }
  return refused;
}
