/**
 * The students panel: one row per enrolled student, with their work on the assignment, how well
 * they are likely to remember its questions now, and flags for who needs the teacher's attention.
 * One query; every aggregate is per student over index-backed rows that do not grow with the
 * history (assignment_question_stats and item_states by primary key, the last review by
 * review_logs (user_id, reviewed_at): one index probe per student).
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { selectRows } from "../../rows";
import { buildRecallSql, curveOfDecaySql } from "../card-rules";
import { studentDecaySql } from "../fsrs-parameters";
import { ASSIGNMENT_STATS, isUuid, ROSTER, selectOwnedAssignment, toDateOrNull, toEpochMs } from "./shared";
import { unflaggedBySetOwner } from "../question-flags";

/** Below this predicted recall a student who has started is flagged "at risk". */
export const AT_RISK_RECALL = 0.7;

export interface StudentRow {
  studentId: string;
  name: string;
  email: string;
  /** Reviews counting toward the assignment (ASSIGNMENT_REVIEWS: set questions, since it was made, any mode). */
  reviews: number;
  /** Distinct questions of the set with at least one such review. */
  answeredQuestions: number;
  /** DASHBOARD_DEFINITIONS.completion: answeredQuestions / questions in the set, 0–1 (0 for an empty set). */
  completion: number;
  /** DASHBOARD_DEFINITIONS.accuracy: correct quiz answers / quiz answers; null before the first quiz answer. */
  accuracy: number | null;
  /** Latest review of any kind (assignment or free practice); null if never. */
  lastActiveAt: Date | null;
  /**
   * Mean FSRS predicted recall now over the set's questions, a never-reviewed question counting
   * as 0: "how much of this set would they get right today". 0 for an empty set.
   */
  predictedRecall: number;
  /** The latest submitted quiz attempt's score (quiz assignments); null if none was submitted. */
  quizScore: { correct: number; total: number } | null;
  /** The best submitted attempt's score (the same as quizScore with one attempt). */
  quizBest: { correct: number; total: number } | null;
  flags: {
    /** No review counted towards the assignment yet. */
    notStarted: boolean;
    /** Past the due date with questions still unanswered. */
    behind: boolean;
    /** Started, but predicted recall below {@link AT_RISK_RECALL}. */
    atRisk: boolean;
  };
}

interface Raw {
  due_ms: number;
  question_count: number;
  student_id: string | null;
  name: string;
  email: string;
  reviews: number;
  quiz_answers: number;
  correct: number;
  answered: number;
  last_active_ms: number | null;
  recall_sum: number | null;
  quiz_correct: number | null;
  quiz_total: number | null;
  best_correct: number | null;
  best_total: number | null;
}

/** Students of one of the teacher's assignments, sorted by name; null if the assignment is not theirs. */
export async function listAssignmentStudents(
  db: Db,
  input: { teacherId: string; assignmentId: string; now: Date },
): Promise<StudentRow[] | null> {
  if (!isUuid(input.teacherId) || !isUuid(input.assignmentId)) return null;
  const rows = await selectRows<Raw>(
    db,
    sql`with owned as (${selectOwnedAssignment(input)}),
        items as (select i.question_id from quiz_set_items i join owned on i.set_id = owned.set_id where ${unflaggedBySetOwner("i")}),
        roster as (${ROSTER}),
        stats as (${ASSIGNMENT_STATS}),
        activity as (
          -- DASHBOARD_DEFINITIONS (lib/teaching/dashboard-definitions.ts): completion over every
          -- counted review, accuracy over quiz answers only (one stats row per question reviewed).
          select st.user_id,
                 sum(st.reviews)::int as reviews,
                 sum(st.quiz_answers)::int as quiz_answers,
                 sum(st.quiz_correct)::int as correct,
                 count(*)::int as answered
          from stats st
          group by st.user_id
        ),
        curves as (
          -- Each student's forgetting curve: their fitted w20, else the defaults' (card-rules.ts).
          select ro.student_id, ${studentDecaySql(sql`ro.student_id`)} as decay from roster ro
        ),
        recall as (
          -- Every (student, set question) pair, through the question's knowledge item; an item never met adds 0.
          select ro.student_id,
                 sum(case when c.reps > 0 and c.last_review is not null then ${buildRecallSql(input.now, "c", curveOfDecaySql(sql`cv.decay`))} else 0 end)::float8 as recall_sum
          from roster ro
          join curves cv on cv.student_id = ro.student_id
          cross join items i
          left join questions iq on iq.id = i.question_id
          left join item_states c on c.user_id = ro.student_id and c.item_id = iq.item_id
          group by ro.student_id
        )
        select ${toEpochMs(sql`owned.due_at`)} as due_ms,
               (select count(*)::int from items) as question_count,
               u.id as student_id, u.name, u.email,
               coalesce(act.reviews, 0) as reviews, coalesce(act.quiz_answers, 0) as quiz_answers,
               coalesce(act.correct, 0) as correct, coalesce(act.answered, 0) as answered,
               ${toEpochMs(sql`(select max(l.reviewed_at) from review_logs l where l.user_id = u.id)`)} as last_active_ms,
               rc.recall_sum,
               latest.correct as quiz_correct, latest.total as quiz_total, best.correct as best_correct, best.total as best_total
        from owned
        left join roster ro on true
        left join users u on u.id = ro.student_id
        left join activity act on act.user_id = ro.student_id
        left join recall rc on rc.student_id = ro.student_id
        -- Every attempt is kept (retakes): the latest submitted one, and the best (earliest on a tie).
        left join lateral (select x.correct, x.total from quiz_attempts x
                           where x.assignment_id = owned.id and x.student_id = ro.student_id
                             and x.submitted_at is not null and x.correct is not null and x.total is not null
                           order by x.attempt_no desc limit 1) latest on true
        left join lateral (select x.correct, x.total from quiz_attempts x
                           where x.assignment_id = owned.id and x.student_id = ro.student_id
                             and x.submitted_at is not null and x.correct is not null and x.total > 0
                           order by x.correct::float8 / x.total desc, x.attempt_no limit 1) best on true
`,
  );
  if (rows.length === 0) return null;
  const now = input.now.getTime();
  // An owned assignment with an empty class still gives its one `owned` row, with no student.
  return rows
    .filter((r): r is Raw & { student_id: string } => r.student_id !== null)
    .map((r) => toStudentRow(r, now))
    .sort((a, b) => byName.compare(a.name, b.name) || (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0));
}

/**
 * Sorted here, not in SQL: the two engines' collations differ (PGlite is C, a server is often
 * en_US), and a class list should read the same on both, accents and case ignored.
 */
const byName = new Intl.Collator("en", { sensitivity: "base" });

function toStudentRow(r: Raw & { student_id: string }, now: number): StudentRow {
  const completion = r.question_count === 0 ? 0 : r.answered / r.question_count;
  const predictedRecall = r.question_count === 0 ? 0 : (r.recall_sum ?? 0) / r.question_count;
  const started = r.reviews > 0;
  return {
    studentId: r.student_id,
    name: r.name,
    email: r.email,
    reviews: r.reviews,
    answeredQuestions: r.answered,
    completion,
    accuracy: r.quiz_answers > 0 ? r.correct / r.quiz_answers : null,
    lastActiveAt: toDateOrNull(r.last_active_ms),
    predictedRecall,
    quizScore: r.quiz_correct !== null && r.quiz_total !== null ? { correct: r.quiz_correct, total: r.quiz_total } : null,
    quizBest: r.best_correct !== null && r.best_total !== null ? { correct: r.best_correct, total: r.best_total } : null,
    flags: {
      notStarted: !started,
      behind: now > r.due_ms && completion < 1,
      atRisk: started && predictedRecall < AT_RISK_RECALL,
    },
  };
}
