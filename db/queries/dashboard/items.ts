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
import { ASSIGNMENT_STATS, ASSIGNMENT_WRONG_ANSWERS, isUuid, ROSTER, selectOwnedAssignment } from "./shared";

export interface ItemRow {
  questionId: string;
  position: number;
  type: QuestionType;
  prompt: string;
  /** Enrolled students with at least one quiz answer to the question counting toward the assignment. */
  studentsAnswered: number;
  /** DASHBOARD_DEFINITIONS.facility: share of those students whose first quiz answer was correct; null if none. */
  facility: number | null;
  /**
   * Facility among the top third of students minus facility among the bottom third (−1 to 1).
   * Students with ≥ 1 review for the assignment (n of them) are ranked by accuracy on the
   * assignment, best first, ties broken by student id ascending; the top third is the first
   * floor(n/3), the bottom third the last floor(n/3). Null when n < 3, or when nobody in one of
   * the two groups answered this question.
   */
  discrimination: number | null;
  /**
   * DASHBOARD_DEFINITIONS.mostChosenWrong, readable and short (count = students): a wrong choice or
   * text; for matching one wrong pair; for ordering one misplaced event. Ties → the text that sorts first.
   */
  mostChosenWrong: { answer: string; count: number } | null;
  /**
   * DASHBOARD_DEFINITIONS.medianTime: median (percentile_cont 0.5) over the students who answered
   * the question as a quiz question of the time their first such answer took. Not over every
   * answer: that median needs every response time of the history on each view, while the first
   * answers are one per student (kept in assignment_question_stats); and the first answer, like
   * facility, is the one that measures the question rather than the student's memory of it.
   */
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
  const rows = await selectRows<Raw>(
    db,
    sql`with owned as (${selectOwnedAssignment(input)}),
        roster as (${ROSTER}),
        items as (
          select i.question_id, i.position, q.type, q.prompt, q.payload,
                 -- What a wrong matching or ordering answer is checked against: wrong_logs carries
                 -- this, not the whole payload (3,600 payload copies spilled that CTE to disk).
                 case q.type when 'matching' then q.payload -> 'pairs' when 'ordering' then q.payload -> 'correctOrder' end as solution
          from quiz_set_items i join owned on i.set_id = owned.set_id join questions q on q.id = i.question_id
        ),
        -- Per student and question, their quiz answers counting toward the assignment (flashcard
        -- self-grades never count here): a row only where there is at least one.
        quiz_stats as (select st.* from (${ASSIGNMENT_STATS}) st where st.quiz_answers > 0),
        firsts as (
          -- Each student's first attempt at each question (same instant: lower review id first).
          select user_id, question_id, first_quiz_correct as correct, first_quiz_ms from quiz_stats
        ),
        ranked as (
          select user_id,
                 row_number() over (order by sum(quiz_correct)::float8 / sum(quiz_answers) desc, user_id) as place,
                 count(*) over () as n
          from quiz_stats group by user_id
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
        -- Each distinct wrong answer once per student (the most chosen counts students, not answers).
        wrong_logs as (
          select w.user_id, w.question_id, w.answer, items.type, items.solution
          from (${ASSIGNMENT_WRONG_ANSWERS}) w join items on items.question_id = w.question_id
        ),
        -- What "a wrong answer" is, per type (DASHBOARD_DEFINITIONS.mostChosenWrong): the response
        -- itself, except matching (each wrong pair on its own: the most-confused pair) and ordering
        -- (each event not in its place: the most-misplaced event). Those keys are one-element
        -- arrays, so the readable form is a single pair or a single event title.
        wrong_keys as (
          select l.question_id, l.user_id, ${WRONG_KEY} as answer_key
          from wrong_logs l where l.type not in ('matching', 'ordering')
          union all
          select l.question_id, l.user_id, jsonb_build_array(jsonb_build_object('left', p ->> 'left', 'right', p ->> 'right'))
          from wrong_logs l cross join lateral jsonb_array_elements(l.answer) p
          where l.type = 'matching' and jsonb_typeof(l.answer) = 'array' and jsonb_typeof(p) = 'object'
            and not exists (select 1 from jsonb_array_elements(l.solution) k
                            where k ->> 'left' = p ->> 'left' and k ->> 'right' = p ->> 'right')
          union all
          select l.question_id, l.user_id, jsonb_build_array(e.item)
          from wrong_logs l cross join lateral jsonb_array_elements_text(l.answer) with ordinality e(item, pos)
          where l.type = 'ordering' and jsonb_typeof(l.answer) = 'array'
            and (l.solution ->> (e.pos::int - 1)) is distinct from e.item
        ),
        wrong as (
          select question_id, answer_key, count(distinct user_id)::int as n from wrong_keys group by 1, 2
        ),
        wrong_top as (
          select question_id, max(n) as n, jsonb_agg(answer_key order by answer_key::text)::text as keys
          from (select w.*, rank() over (partition by question_id order by n desc) as rk from wrong w) ranked_wrong
          where rk = 1
          group by question_id
        ),
        -- DASHBOARD_DEFINITIONS.medianTime: over each student's first quiz answer.
        medians as (
          select question_id, (percentile_cont(0.5) within group (order by first_quiz_ms))::float8 as median_ms
          from firsts group by question_id
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
