/**
 * Assignments of a set to a class, seen from both sides. Teacher functions check that the
 * teacher owns both the class and the set; student functions only ever reach assignments of
 * classes the student is enrolled in.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { assignments, classes, quizAttempts, quizSetItems, quizSets } from "../schema";
import type { TeacherClassKey } from "./classes";
import { unflaggedBySetOwner } from "./question-flags";

/** One of a student's assignments (reached through an enrollment): both ids, never swapped. */
export interface StudentAssignmentKey {
  studentId: string;
  assignmentId: string;
}

/**
 * Assign one of the teacher's sets to one of the teacher's classes; null when the class is not
 * theirs. The due date is checked by the caller (lib/teaching/due-date.ts): this only writes.
 */
export async function createAssignment(
  db: Db,
  { teacherId, ...input }: TeacherClassKey & { setId: string; dueAt: Date; isQuiz: boolean },
): Promise<string | null> {
  const [owned] = await selectRows<{ class_ok: boolean; set_ok: boolean; items: number }>(
    db,
    sql`select exists (select 1 from ${classes} where ${classes.id} = ${input.classId} and ${classes.teacherId} = ${teacherId}) as class_ok,
               exists (select 1 from ${quizSets} where ${quizSets.id} = ${input.setId} and ${quizSets.teacherId} = ${teacherId}) as set_ok,
               (select count(*)::int from ${quizSetItems} where ${quizSetItems.setId} = ${input.setId}) as items`,
  );
  if (!owned?.class_ok) return null;
  if (!owned.set_ok) throw new DomainError("Choose one of your quiz sets.", "setId");
  if (owned.items === 0) throw new DomainError("That set has no questions. Add some before assigning it.", "setId");
  const [row] = await db.insert(assignments).values(input).returning({ id: assignments.id });
  return row?.id ?? null;
}

export async function listClassAssignments(db: Db, { teacherId, classId }: TeacherClassKey) {
  return db
    .select({
      id: assignments.id,
      dueAt: assignments.dueAt,
      isQuiz: assignments.isQuiz,
      setId: quizSets.id,
      setName: quizSets.name,
      questions: sql<number>`(select count(*)::int from ${quizSetItems} where ${quizSetItems.setId} = ${assignments.setId})`,
    })
    .from(assignments)
    .innerJoin(classes, and(eq(classes.id, assignments.classId), eq(classes.teacherId, teacherId)))
    .innerJoin(quizSets, eq(quizSets.id, assignments.setId))
    .where(eq(assignments.classId, classId))
    .orderBy(asc(assignments.dueAt));
}

/** Delete one of the teacher's assignments (its reviews stay, untagged). */
export async function deleteAssignment(db: Db, { teacherId, assignmentId }: { teacherId: string; assignmentId: string }): Promise<boolean> {
  const rows = await db
    .delete(assignments)
    .where(
      and(
        eq(assignments.id, assignmentId),
        sql`exists (select 1 from ${classes} where ${classes.id} = ${assignments.classId} and ${classes.teacherId} = ${teacherId})`,
      ),
    )
    .returning({ id: assignments.id });
  return rows.length === 1;
}

export interface StudentAssignment {
  id: string;
  className: string;
  setName: string;
  dueAt: Date;
  isQuiz: boolean;
  questions: number;
  answered: number;
  attemptSubmitted: boolean;
  score: number | null;
}

/** The student's assignments with progress, soonest due first: one query. */
export async function listStudentAssignments(db: Db, studentId: string): Promise<StudentAssignment[]> {
  const rows = await selectRows<{
    id: string;
    class_name: string;
    set_name: string;
    due_at: string | Date;
    is_quiz: boolean;
    questions: number;
    answered: number;
    submitted: boolean;
    score: number | null;
  }>(
    db,
    sql`select a.id, c.name as class_name, s.name as set_name, a.due_at, a.is_quiz,
               (select count(*)::int from quiz_set_items i where i.set_id = a.set_id and ${unflaggedBySetOwner("i")}) as questions,
               (select count(distinct r.question_id)::int from review_logs r where r.user_id = ${studentId} and r.assignment_id = a.id) as answered,
               (qa.submitted_at is not null) as submitted, qa.correct as score
        from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join classes c on c.id = a.class_id
        join quiz_sets s on s.id = a.set_id
        left join quiz_attempts qa on qa.assignment_id = a.id and qa.student_id = ${studentId}
        order by a.due_at asc`,
  );
  return rows.map((r) => ({
    id: r.id,
    className: r.class_name,
    setName: r.set_name,
    dueAt: new Date(r.due_at),
    isQuiz: r.is_quiz,
    questions: r.questions,
    answered: r.answered,
    attemptSubmitted: r.submitted,
    score: r.score,
  }));
}

/** One of the student's own assignments (through an enrollment), or null. */
export async function getStudentAssignment(db: Db, { studentId, assignmentId }: StudentAssignmentKey): Promise<StudentAssignment | null> {
  return (await listStudentAssignments(db, studentId)).find((a) => a.id === assignmentId) ?? null;
}

/**
 * For each question in the student's assignments, the assignment a review of it counts towards:
 * the soonest upcoming one, or (when all are past due) the most recent. Used to tag reviews on
 * the server and to put assigned cards first in the queue.
 */
export async function mapQuestionsToAssignments(
  db: Db,
  { studentId, now }: { studentId: string; now: Date },
): Promise<Map<string, string>> {
  const rows = await selectRows<{ question_id: string; assignment_id: string }>(
    db,
    sql`select distinct on (i.question_id) i.question_id, a.id as assignment_id
        from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join quiz_set_items i on i.set_id = a.set_id and ${unflaggedBySetOwner("i")}
        order by i.question_id, (a.due_at < ${now.toISOString()}::timestamptz),
                 case when a.due_at >= ${now.toISOString()}::timestamptz then a.due_at end asc,
                 a.due_at desc`,
  );
  return new Map(rows.map((r) => [r.question_id, r.assignment_id]));
}

/** The set's question ids, in order, for an assignment the student is enrolled in. */
export async function listAssignmentQuestionIds(db: Db, { studentId, assignmentId }: StudentAssignmentKey): Promise<string[] | null> {
  const rows = await selectRows<{ question_id: string }>(
    db,
    sql`select i.question_id from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join quiz_set_items i on i.set_id = a.set_id and ${unflaggedBySetOwner("i")}
        where a.id = ${assignmentId}
        order by i.position`,
  );
  return rows.length > 0 ? rows.map((r) => r.question_id) : null;
}

/** Start (or resume) the student's one attempt at a quiz assignment. */
export async function startQuizAttempt(
  db: Db,
  { studentId, assignmentId }: StudentAssignmentKey,
): Promise<{ startedAt: Date; submitted: boolean } | null> {
  const assignment = await getStudentAssignment(db, { studentId, assignmentId });
  if (!assignment?.isQuiz) return null;
  await db.insert(quizAttempts).values({ assignmentId, studentId }).onConflictDoNothing();
  const [attempt] = await db
    .select({ startedAt: quizAttempts.startedAt, submittedAt: quizAttempts.submittedAt })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.assignmentId, assignmentId), eq(quizAttempts.studentId, studentId)));
  return attempt ? { startedAt: attempt.startedAt, submitted: attempt.submittedAt !== null } : null;
}

/**
 * Close the attempt and keep its score: per set question, the first review for this assignment
 * since the attempt started; unanswered questions count as wrong. Once submitted it never changes.
 */
export async function submitQuizAttempt(
  db: Db,
  { studentId, assignmentId }: StudentAssignmentKey,
): Promise<{ correct: number; total: number } | null> {
  const [row] = await selectRows<{ correct: number; total: number }>(
    db,
    sql`update quiz_attempts qa set submitted_at = now(),
          total = (select count(*)::int from quiz_set_items i join assignments a on a.set_id = i.set_id
                   where a.id = qa.assignment_id and ${unflaggedBySetOwner("i")}),
          correct = (select count(*)::int from (
              select distinct on (r.question_id) r.correct from review_logs r
              where r.user_id = qa.student_id and r.assignment_id = qa.assignment_id and r.reviewed_at >= qa.started_at
              order by r.question_id, r.reviewed_at) first_tries where first_tries.correct)
        where qa.assignment_id = ${assignmentId} and qa.student_id = ${studentId} and qa.submitted_at is null
        returning qa.correct, qa.total`,
  );
  if (row) return row;
  const [done] = await db
    .select({ correct: quizAttempts.correct, total: quizAttempts.total })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.assignmentId, assignmentId), eq(quizAttempts.studentId, studentId)));
  return done?.correct != null && done.total != null ? { correct: done.correct, total: done.total } : null;
}
