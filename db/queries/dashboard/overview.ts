/** The header of an assignment's dashboard: what was assigned, to whom, and when it is due. */
import { sql } from "drizzle-orm";
import type { QuizFeedbackMode } from "@/lib/domain";
import type { Db } from "../../client";
import { selectRows } from "../../rows";
import { isUuid, selectOwnedAssignment, toEpochMs } from "./shared";

export interface AssignmentOverview {
  id: string;
  className: string;
  classId: string;
  setName: string;
  setId: string;
  dueAt: Date;
  isQuiz: boolean;
  /** Questions in the set now. */
  questionCount: number;
  /** Students enrolled in the class now. */
  studentCount: number;
  /** Scored quiz options (defaults for practice). */
  quiz: { shuffle: boolean; feedback: QuizFeedbackMode; timeLimitMinutes: number | null; maxAttempts: number };
}

/** One of the teacher's assignments, or null when it does not exist or is another teacher's. */
export async function getAssignmentOverview(
  db: Db,
  input: { teacherId: string; assignmentId: string },
): Promise<AssignmentOverview | null> {
  if (!isUuid(input.teacherId) || !isUuid(input.assignmentId)) return null;
  const [row] = await selectRows<{
    id: string;
    class_id: string;
    class_name: string;
    set_id: string;
    set_name: string;
    due_ms: number;
    is_quiz: boolean;
    question_count: number;
    student_count: number;
    shuffle: boolean;
    feedback: QuizFeedbackMode;
    time_limit_minutes: number | null;
    max_attempts: number;
  }>(
    db,
    sql`with owned as (${selectOwnedAssignment(input)})
        select owned.id, owned.class_id, c.name as class_name, owned.set_id, s.name as set_name,
               ${toEpochMs(sql`owned.due_at`)} as due_ms, owned.is_quiz,
               (select count(*)::int from quiz_set_items i where i.set_id = owned.set_id) as question_count,
               (select count(*)::int from enrollments e where e.class_id = owned.class_id) as student_count,
               a.shuffle, a.feedback, a.time_limit_minutes, a.max_attempts
        from owned
        join assignments a on a.id = owned.id
        join classes c on c.id = owned.class_id
        join quiz_sets s on s.id = owned.set_id`,
  );
  if (!row) return null;
  return {
    id: row.id,
    className: row.class_name,
    classId: row.class_id,
    setName: row.set_name,
    setId: row.set_id,
    dueAt: new Date(row.due_ms),
    isQuiz: row.is_quiz,
    questionCount: row.question_count,
    studentCount: row.student_count,
    quiz: { shuffle: row.shuffle, feedback: row.feedback, timeLimitMinutes: row.time_limit_minutes, maxAttempts: row.max_attempts },
  };
}
