/**
 * Assignments of a set to a class, seen from both sides. Teacher functions check that the
 * teacher owns both the class and the set; student functions only ever reach assignments of
 * classes the student is enrolled in.
 */
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { selectRows } from "../rows";
import type { QuizFeedbackMode } from "@/lib/domain";
import { assignmentStudentOptions, assignments, classes, quizSetItems, quizSets } from "../schema";
import type { TeacherClassKey } from "./classes";
import { recountAssignmentStats } from "./dashboard/aggregates";
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
  { teacherId, ...input }: TeacherClassKey & { setId: string; dueAt: Date; isQuiz: boolean } & Partial<QuizOptions>,
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
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(assignments).values(input).returning({ id: assignments.id });
    if (!row) return null;
    // Reviews logged from its creation on count: none yet, unless a device's clock ran ahead.
    await recountAssignmentStats(tx as unknown as Db, { assignmentIds: [row.id] });
    return row.id;
  });
}

/** A scored quiz's options, chosen when it is assigned (see db/schema/teaching.ts). */
export interface QuizOptions {
  shuffle: boolean;
  feedback: QuizFeedbackMode;
  timeLimitMinutes: number | null;
  maxAttempts: number;
}

const OWNED_BY = (teacherId: string) =>
  sql`exists (select 1 from ${classes} where ${classes.id} = ${assignments.classId} and ${classes.teacherId} = ${teacherId})`;

/** Move one of the teacher's assignments to a new due date (checked by the caller); false if not theirs. */
export async function updateAssignmentDue(
  db: Db,
  { teacherId, assignmentId, dueAt }: { teacherId: string; assignmentId: string; dueAt: Date },
): Promise<boolean> {
  const rows = await db
    .update(assignments)
    .set({ dueAt })
    .where(and(eq(assignments.id, assignmentId), OWNED_BY(teacherId)))
    .returning({ id: assignments.id });
  return rows.length === 1;
}

/**
 * One student's adjustments to one of the teacher's scored quizzes: extra minutes per attempt
 * (accessibility) and/or one more attempt (reopened). False when the assignment is not the
 * teacher's scored quiz or the student is not in its class; nothing is written then.
 */
export async function setStudentQuizOptions(
  db: Db,
  input: { teacherId: string; assignmentId: string; studentId: string; extraMinutes?: number; reopen?: boolean },
): Promise<boolean> {
  const [ok] = await selectRows<{ ok: boolean }>(
    db,
    sql`select exists (select 1 from assignments a
                        join classes c on c.id = a.class_id and c.teacher_id = ${input.teacherId}
                        join enrollments e on e.class_id = a.class_id and e.student_id = ${input.studentId}
                        where a.id = ${input.assignmentId} and a.is_quiz) as ok`,
  );
  if (!ok?.ok) return false;
  await db
    .insert(assignmentStudentOptions)
    .values({
      assignmentId: input.assignmentId,
      studentId: input.studentId,
      extraMinutes: input.extraMinutes ?? 0,
      extraAttempts: input.reopen ? 1 : 0,
    })
    .onConflictDoUpdate({
      target: [assignmentStudentOptions.assignmentId, assignmentStudentOptions.studentId],
      set: {
        ...(input.extraMinutes !== undefined ? { extraMinutes: input.extraMinutes } : {}),
        ...(input.reopen ? { extraAttempts: sql`least(${assignmentStudentOptions.extraAttempts} + 1, 20)` } : {}),
      },
    });
  return true;
}

/** Per-student adjustments of one of the teacher's assignments, by student id. */
export async function listStudentQuizOptions(
  db: Db,
  { teacherId, assignmentId }: { teacherId: string; assignmentId: string },
): Promise<Map<string, { extraMinutes: number; extraAttempts: number }>> {
  const rows = await db
    .select({
      studentId: assignmentStudentOptions.studentId,
      extraMinutes: assignmentStudentOptions.extraMinutes,
      extraAttempts: assignmentStudentOptions.extraAttempts,
    })
    .from(assignmentStudentOptions)
    .innerJoin(assignments, eq(assignments.id, assignmentStudentOptions.assignmentId))
    .where(and(eq(assignmentStudentOptions.assignmentId, assignmentId), OWNED_BY(teacherId)));
  return new Map(rows.map(({ studentId, ...rest }) => [studentId, rest]));
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
               -- Counted as the dashboard counts it (ASSIGNMENT_REVIEWS, kept in assignment_question_stats):
               -- set questions whose fact was reviewed since the assignment was made.
               (select count(*)::int from assignment_question_stats st
                  join quiz_set_items si on si.set_id = a.set_id and si.question_id = st.question_id and ${unflaggedBySetOwner("si")}
                  where st.assignment_id = a.id and st.user_id = ${studentId}) as answered,
               (qa.submitted_at is not null) as submitted, qa.correct as score
        from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join classes c on c.id = a.class_id
        join quiz_sets s on s.id = a.set_id
        -- The latest submitted attempt (retakes keep every attempt).
        left join lateral (select x.submitted_at, x.correct from quiz_attempts x
                           where x.assignment_id = a.id and x.student_id = ${studentId} and x.submitted_at is not null
                           order by x.attempt_no desc limit 1) qa on true
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
 * the server and to put assigned cards first in the queue. `questionIds` limits the answer to
 * those questions (a review post asks only of its own, not of every assigned question).
 */
export async function mapQuestionsToAssignments(
  db: Db,
  { studentId, now, questionIds }: { studentId: string; now: Date; questionIds?: readonly string[] },
): Promise<Map<string, string>> {
  if (questionIds?.length === 0) return new Map();
  const only = questionIds
    ? sql`and i.question_id in (${sql.join(
        [...new Set(questionIds)].map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await selectRows<{ question_id: string; assignment_id: string }>(
    db,
    sql`select distinct on (i.question_id) i.question_id, a.id as assignment_id
        from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join quiz_set_items i on i.set_id = a.set_id and ${unflaggedBySetOwner("i")} ${only}
        order by i.question_id, ${assignmentPreference(now)}`,
  );
  return new Map(rows.map((r) => [r.question_id, r.assignment_id]));
}

/**
 * Which of a question's assignments (aliased `a`) a review counts towards first: the soonest
 * upcoming, else the most recent; of two due at once, the lower id, so every query picks the same.
 */
function assignmentPreference(now: Date): SQL {
  return sql`(a.due_at < ${now.toISOString()}::timestamptz),
             case when a.due_at >= ${now.toISOString()}::timestamptz then a.due_at end asc,
             a.due_at desc, a.id`;
}

/**
 * The same choice as mapQuestionsToAssignments for one question, as a scalar subquery on the
 * question id `questionId` (a column of the outer query): for the review post's single read.
 */
export function assignmentOfQuestion(studentId: string, now: Date, questionId: SQL): SQL {
  return sql`(select a.id from assignments a
               join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
               join quiz_set_items i on i.set_id = a.set_id and i.question_id = ${questionId} and ${unflaggedBySetOwner("i")}
               order by ${assignmentPreference(now)}
               limit 1)`;
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
