/**
 * The item-analysis panel: per question of the set, how many students answered it, how hard it
 * was (facility), whether it separates strong from weak students (discrimination), the wrong
 * answer given most, and the median response time. One query; only aggregates leave the database.
 */
import { sql } from "drizzle-orm";
import type { QuestionType } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";
import { pickReadable } from "@/lib/teaching/readable-answer";
import type { Db } from "../../client";
import { selectRows } from "../../rows";
import { isUuid, ROSTER, selectOwnedAssignment } from "./shared";

export interface ItemRow {
  questionId: string;
  position: number;
  type: QuestionType;
  prompt: string;
  /** Enrolled students with at least one review of the question for the assignment. */
  studentsAnswered: number;
  /** Share of those students whose first such review was correct; null if none. */
  facility: number | null;
  /**
   * Facility among the top third of students minus facility among the bottom third (−1 to 1).
   * Students with ≥ 1 review for the assignment (n of them) are ranked by accuracy on the
   * assignment, best first, ties broken by student id ascending; the top third is the first
   * floor(n/3), the bottom third the last floor(n/3). Null when n < 3, or when nobody in one of
   * the two groups answered this question.
   */
  discrimination: number | null;
  /** The incorrect answer given by the most students (count = students), readable; ties → the readable text that sorts first. */
  mostChosenWrong: { answer: string; count: number } | null;
  /** Median response time of the question's reviews for the assignment (percentile_cont 0.5). */
  medianResponseMs: number | null;
}

interface Raw {
  question_id: string | null;
  position: number;
  type: QuestionType;
  prompt: string;
  answered: number;
  facility: number | null;
  top_facility: number | null;
  bottom_facility: number | null;
  wrong_count: number | null;
  /** JSON array of the raw answers tied for most chosen (grouping keys, see WRONG_KEY). */
  wrong_keys: string | null;
  /** The question payload, sent only when there is a wrong answer to make readable. */
  payload: string | null;
  median_ms: number | null;
}

/**
 * What wrong answers are grouped by: the jsonb answer itself (jsonb equality already ignores key
 * order and spacing), except typed text, folded like `foldTypedAnswer` (trim, lower case) so
 * " Tokyo" and "tokyo" count as one answer, and matching pairs, sorted so the same pairing
 * submitted in another order counts once.
 */
const WRONG_KEY = sql`case
    when l.type in ('cloze', 'typed') and jsonb_typeof(l.answer) = 'string'
      then to_jsonb(lower(btrim(l.answer #>> '{}', E' \\t\\n\\r')))
    when l.type = 'matching' and jsonb_typeof(l.answer) = 'array'
      then (select coalesce(jsonb_agg(p order by p::text), '[]'::jsonb) from jsonb_array_elements(l.answer) p)
    else l.answer
  end`;

/** Item statistics of one of the teacher's assignments, in set order; null if not theirs. */
export async function listAssignmentItems(db: Db, input: { teacherId: string; assignmentId: string }): Promise<ItemRow[] | null> {
  if (!isUuid(input.teacherId) || !isUuid(input.assignmentId)) return null;
  const id = input.assignmentId;
  const rows = await selectRows<Raw>(
    db,
    sql`with owned as (${selectOwnedAssignment(input)}),
        roster as (${ROSTER}),
        items as (
          select i.question_id, i.position, q.type, q.prompt, q.payload
          from quiz_set_items i join owned on i.set_id = owned.set_id join questions q on q.id = i.question_id
        ),
        logs as (
          select r.id, r.user_id, r.question_id, r.correct, r.answer, r.response_ms, r.reviewed_at
          from review_logs r
          where r.assignment_id = ${id} and r.user_id in (select student_id from roster)
        ),
        firsts as (
          -- Each student's first attempt at each question (same instant: lower review id first).
          select distinct on (user_id, question_id) user_id, question_id, correct
          from logs order by user_id, question_id, reviewed_at, id
        ),
        ranked as (
          select user_id,
                 row_number() over (order by count(*) filter (where correct)::float8 / count(*) desc, user_id) as place,
                 count(*) over () as n
          from logs group by user_id
        ),
        -- Materialized: inlined, the planner re-ran the ranking window once per first answer.
        thirds as materialized (
          select user_id,
                 case when n >= 3 and place <= floor(n / 3) then 'top'
                      when n >= 3 and place > n - floor(n / 3) then 'bottom' end as grp
          from ranked
        ),
        first_stats as (
          select f.question_id, count(*)::int as answered,
                 avg(f.correct::int::float8)::float8 as facility,
                 (avg(f.correct::int::float8) filter (where t.grp = 'top'))::float8 as top_facility,
                 (avg(f.correct::int::float8) filter (where t.grp = 'bottom'))::float8 as bottom_facility
          from firsts f join thirds t on t.user_id = f.user_id
          group by f.question_id
        ),
        wrong as (
          select l.question_id, ${WRONG_KEY} as answer_key, count(distinct l.user_id)::int as n
          from (select logs.*, items.type from logs join items on items.question_id = logs.question_id) l
          where not l.correct and l.answer is not null and jsonb_typeof(l.answer) <> 'null'
          group by 1, 2
        ),
        wrong_top as (
          select question_id, max(n) as n, jsonb_agg(answer_key order by answer_key::text)::text as keys
          from (select w.*, rank() over (partition by question_id order by n desc) as rk from wrong w) ranked_wrong
          where rk = 1
          group by question_id
        ),
        medians as (
          select question_id, (percentile_cont(0.5) within group (order by response_ms))::float8 as median_ms
          from logs group by question_id
        )
        select i.question_id, i.position, i.type, i.prompt,
               coalesce(fs.answered, 0) as answered, fs.facility, fs.top_facility, fs.bottom_facility,
               wt.n as wrong_count, wt.keys as wrong_keys,
               case when wt.n is not null then i.payload::text end as payload,
               m.median_ms
        from owned
        left join items i on true
        left join first_stats fs on fs.question_id = i.question_id
        left join wrong_top wt on wt.question_id = i.question_id
        left join medians m on m.question_id = i.question_id
        order by i.position, i.question_id`,
  );
  if (rows.length === 0) return null;
  // An owned assignment whose set is empty still gives its one `owned` row, with no question.
  return rows.filter((r): r is Raw & { question_id: string } => r.question_id !== null).map(toItemRow);
}

function toItemRow(r: Raw & { question_id: string }): ItemRow {
  let mostChosenWrong: ItemRow["mostChosenWrong"] = null;
  if (r.wrong_count !== null && r.wrong_keys !== null && r.payload !== null) {
    const answer = pickReadable(JSON.parse(r.payload) as Question, JSON.parse(r.wrong_keys) as unknown[]);
    if (answer !== null) mostChosenWrong = { answer, count: r.wrong_count };
  }
  return {
    questionId: r.question_id,
    position: r.position,
    type: r.type,
    prompt: r.prompt,
    studentsAnswered: r.answered,
    facility: r.facility,
    discrimination: r.top_facility === null || r.bottom_facility === null ? null : r.top_facility - r.bottom_facility,
    mostChosenWrong,
    medianResponseMs: r.median_ms,
  };
}
