/**
 * Flags on bad questions. A teacher's flag is theirs alone: every read and write takes the
 * teacher's id and puts it in the same statement, so another teacher's flags are never seen,
 * changed or cleared. A student's report is seen by the student who made it and by the teachers
 * who both teach that student and have the question in one of their sets.
 *
 * A teacher's open flag takes the question out of that teacher's sets' sessions: assignment
 * practice, the scored quiz and the assigned-first order of the daily queue read set items through
 * {@link unflaggedBySetOwner}, and auto-build leaves out {@link listFlaggedQuestionIds}.
 */
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { FlagReason } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { questionFlags, questionReports } from "../schema";

export const QUESTION_NOT_FOUND_MESSAGE = "That question could not be found. Reload the page and try again.";

/**
 * SQL condition on a set item row (`alias` has `set_id` and `question_id`, as `quiz_set_items`
 * does): true unless the set's owner has an open flag on the question. Used wherever students'
 * sessions take the questions of a teacher's set.
 */
export function unflaggedBySetOwner(alias: string): SQL {
  const item = sql.raw(alias);
  return sql`not exists (select 1 from question_flags qf join quiz_sets qfs on qfs.teacher_id = qf.teacher_id
                          where qfs.id = ${item}.set_id and qf.question_id = ${item}.question_id and qf.resolved_at is null)`;
}

/** SQL condition on `questions`: no open flag on it by the teacher who owns the assignment's set. */
export function withoutOpenFlagsOfAssignmentTeacher(assignmentId: string): SQL {
  return sql`not exists (select 1 from question_flags qf join quiz_sets qfs on qfs.teacher_id = qf.teacher_id
                          join assignments qfa on qfa.set_id = qfs.id
                          where qfa.id = ${assignmentId} and qf.question_id = questions.id and qf.resolved_at is null)`;
}

/** The ids of the questions the teacher has an open flag on (auto-build leaves them out). */
export async function listFlaggedQuestionIds(db: Db, { teacherId }: { teacherId: string }): Promise<string[]> {
  const rows = await db
    .select({ id: questionFlags.questionId })
    .from(questionFlags)
    .where(and(eq(questionFlags.teacherId, teacherId), isNull(questionFlags.resolvedAt)));
  return rows.map((r) => r.id);
}

export interface TeacherFlag {
  questionId: string;
  reason: FlagReason;
  comment: string;
  updatedAt: Date;
}

/** The teacher's own open flags on these questions, by question id (for the flag buttons). */
export async function getTeacherFlags(
  db: Db,
  { teacherId, questionIds }: { teacherId: string; questionIds: string[] },
): Promise<Map<string, TeacherFlag>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db
    .select({
      questionId: questionFlags.questionId,
      reason: questionFlags.reason,
      comment: questionFlags.comment,
      updatedAt: questionFlags.updatedAt,
    })
    .from(questionFlags)
    .where(
      and(
        eq(questionFlags.teacherId, teacherId),
        isNull(questionFlags.resolvedAt),
        inArray(questionFlags.questionId, [...new Set(questionIds)]),
      ),
    );
  return new Map(rows.map((r) => [r.questionId, r]));
}

/**
 * Flag a question, or update the teacher's flag on it (reason, comment, reopened if cleared): one
 * row per teacher per question. One statement, so a retired or unknown question writes nothing.
 */
export async function flagQuestion(
  db: Db,
  { teacherId, questionId, reason, comment }: { teacherId: string; questionId: string; reason: FlagReason; comment: string },
): Promise<void> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`insert into question_flags (teacher_id, question_id, reason, comment)
        select ${teacherId}, q.id, ${reason}, ${comment} from questions q where q.id = ${questionId} and q.retired_at is null
        on conflict (teacher_id, question_id) do update
          set reason = excluded.reason, comment = excluded.comment, updated_at = now(), resolved_at = null
        returning id`,
  );
  if (rows.length === 0) throw new DomainError(QUESTION_NOT_FOUND_MESSAGE, "questionId");
}

/** Clear (resolve) the teacher's own open flag; false when they have none on this question. */
export async function clearQuestionFlag(db: Db, { teacherId, questionId }: { teacherId: string; questionId: string }): Promise<boolean> {
  const rows = await db
    .update(questionFlags)
    .set({ resolvedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(questionFlags.teacherId, teacherId), eq(questionFlags.questionId, questionId), isNull(questionFlags.resolvedAt)))
    .returning({ id: questionFlags.id });
  return rows.length === 1;
}

/**
 * A student's report on a question, or an update of theirs (one row per student per question).
 * The caller counts it against the report rate limit first. A retired or unknown question writes nothing.
 */
export async function reportQuestion(
  db: Db,
  { studentId, questionId, reason, comment }: { studentId: string; questionId: string; reason: FlagReason; comment: string },
): Promise<void> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`insert into question_reports (student_id, question_id, reason, comment)
        select ${studentId}, q.id, ${reason}, ${comment} from questions q where q.id = ${questionId} and q.retired_at is null
        on conflict (student_id, question_id) do update
          set reason = excluded.reason, comment = excluded.comment, updated_at = now()
        returning id`,
  );
  if (rows.length === 0) throw new DomainError(QUESTION_NOT_FOUND_MESSAGE, "questionId");
}

/** The student's own report on a question, if any. */
export async function getStudentReport(
  db: Db,
  { studentId, questionId }: { studentId: string; questionId: string },
): Promise<{ reason: FlagReason; comment: string; updatedAt: Date } | null> {
  const [row] = await db
    .select({ reason: questionReports.reason, comment: questionReports.comment, updatedAt: questionReports.updatedAt })
    .from(questionReports)
    .where(and(eq(questionReports.studentId, studentId), eq(questionReports.questionId, questionId)));
  return row ?? null;
}

export interface FlaggedQuestion {
  questionId: string;
  type: string;
  prompt: string;
  answer: string;
  /** The teacher's own open flag, or null when only students reported it. */
  flag: { reason: FlagReason; comment: string; flaggedAt: Date; teacherName: string } | null;
  /** Reports by the teacher's students, newest first (those before the teacher last cleared a flag are settled). */
  reports: { studentName: string; reason: FlagReason; comment: string; reportedAt: Date }[];
  /** The teacher's sets that hold the question. */
  sets: { id: string; name: string }[];
}

/**
 * The teacher's flagged-questions page: questions with the teacher's own open flag, and questions
 * in the teacher's sets reported by students in the teacher's classes since the teacher last
 * cleared a flag on them. Flags of other teachers, and reports by anyone else's students or on
 * questions outside the teacher's sets, are never read.
 */
export async function listFlaggedQuestions(db: Db, { teacherId }: { teacherId: string }): Promise<FlaggedQuestion[]> {
  const [flags, reports] = await Promise.all([
    selectRows<{ question_id: string; reason: FlagReason; comment: string; updated_at: string | Date; teacher_name: string }>(
      db,
      sql`select f.question_id, f.reason, f.comment, f.updated_at, u.name as teacher_name
          from question_flags f join users u on u.id = f.teacher_id
          where f.teacher_id = ${teacherId} and f.resolved_at is null`,
    ),
    selectRows<{ question_id: string; reason: FlagReason; comment: string; updated_at: string | Date; student_name: string }>(
      db,
      sql`select r.question_id, r.reason, r.comment, r.updated_at, u.name as student_name
          from question_reports r join users u on u.id = r.student_id
          where exists (select 1 from enrollments e join classes c on c.id = e.class_id
                        where e.student_id = r.student_id and c.teacher_id = ${teacherId})
            and exists (select 1 from quiz_set_items i join quiz_sets s on s.id = i.set_id
                        where i.question_id = r.question_id and s.teacher_id = ${teacherId})
            and not exists (select 1 from question_flags f where f.teacher_id = ${teacherId} and f.question_id = r.question_id
                            and f.resolved_at is not null and f.resolved_at >= r.updated_at)
          order by r.updated_at desc, r.id`,
    ),
  ]);
  const ids = [...new Set([...flags.map((f) => f.question_id), ...reports.map((r) => r.question_id)])];
  if (ids.length === 0) return [];
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const [questionRows, setRows] = await Promise.all([
    selectRows<{ id: string; type: string; prompt: string; answer: string }>(
      db,
      sql`select id, type, prompt, answer from questions where id in (${idList}) order by position`,
    ),
    selectRows<{ question_id: string; id: string; name: string }>(
      db,
      sql`select i.question_id, s.id, s.name from quiz_set_items i join quiz_sets s on s.id = i.set_id
          where s.teacher_id = ${teacherId} and i.question_id in (${idList}) order by s.name, s.id`,
    ),
  ]);
  const flagOf = new Map(flags.map((f) => [f.question_id, f]));
  const flagged = questionRows.map((q): FlaggedQuestion => {
    const flag = flagOf.get(q.id);
    return {
      questionId: q.id,
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      flag: flag
        ? { reason: flag.reason, comment: flag.comment, flaggedAt: new Date(flag.updated_at), teacherName: flag.teacher_name }
        : null,
      reports: reports
        .filter((r) => r.question_id === q.id)
        .map((r) => ({ studentName: r.student_name, reason: r.reason, comment: r.comment, reportedAt: new Date(r.updated_at) })),
      sets: setRows.filter((s) => s.question_id === q.id).map((s) => ({ id: s.id, name: s.name })),
    };
  });
  // Most recent first: the newest flag or report on each question.
  const latest = (q: FlaggedQuestion) => Math.max(q.flag?.flaggedAt.getTime() ?? 0, ...q.reports.map((r) => r.reportedAt.getTime()));
  return flagged.sort((a, b) => latest(b) - latest(a) || a.questionId.localeCompare(b.questionId));
}
