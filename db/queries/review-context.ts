/**
 * Everything a review post reads before it writes, in one statement: the questions (payload and
 * knowledge item), whether each may be reviewed (./reviewable.ts), the assignment each counts
 * towards (./assignments.ts), the student's desired retention (./study.ts) and FSRS parameters
 * (./fsrs-parameters.ts). Each part is the same SQL its own function runs; they are asked
 * together because every statement of POST /api/reviews costs the server CPU (issue 13): five
 * reads were five round trips through drizzle and the driver.
 */
import { sql } from "drizzle-orm";
import type { Question } from "@/lib/questions/types";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/scheduling";
import type { Db } from "../client";
import { anyOf, selectRowsPrepared } from "../rows";
import { assignmentOfQuestion } from "./assignments";
import {
  adoptedSetQuery,
  DEFAULT_SCHEDULER_PARAMETERS,
  toSchedulerParameters,
  type AdoptedSetRow,
  type SchedulerParameters,
} from "./fsrs-parameters";
import { refusalColumns, refusalOf, type RefusalReason } from "./reviewable";

export interface ReviewContext {
  /** The known questions among those asked (retired ones included), by id. */
  questions: Map<string, { payload: Question; itemId: string }>;
  /** The questions the student may not review, each with the reason. */
  refused: Map<string, RefusalReason>;
  /** For assigned questions, the assignment a review counts towards. */
  assignmentFor: Map<string, string>;
  desiredRetention: number;
  parameters: SchedulerParameters;
}

interface Row {
  desired_retention: number | null;
  set_id: string | null;
  set_scope: AdoptedSetRow["scope"] | null;
  set_params: AdoptedSetRow["params"] | null;
  id: string | null;
  item_id: string | null;
  payload: Question | string | null;
  reachable: boolean | null;
  held_back: boolean | null;
  assignment_id: string | null;
}

export async function loadReviewContext(
  db: Db,
  { studentId, questionIds, now }: { studentId: string; questionIds: readonly string[]; now: Date },
): Promise<ReviewContext> {
  const ids = [...new Set(questionIds)];
  // The student's values come from a one-row base, so they are read even when no id is known;
  // they repeat on each question row.
  const rows = await selectRowsPrepared<Row>(
    db,
    "review-context",
    sql`select s.desired_retention, p.id as set_id, p.scope as set_scope, p.params as set_params,
               q.id, q.item_id, q.payload, q.reachable, q.held_back, q.assignment_id
        from (select 1) as one
        left join student_settings s on s.user_id = ${studentId}
        left join lateral (${adoptedSetQuery(studentId)}) p on true
        left join lateral (
          select q.id, q.item_id, q.payload, ${refusalColumns(studentId, now)},
                 ${assignmentOfQuestion(studentId, now, sql`q.id`)} as assignment_id
          from questions q
          where q.id = ${anyOf(ids)}
        ) q on true`,
  );
  const first = rows[0];
  const context: ReviewContext = {
    questions: new Map(),
    refused: new Map(),
    assignmentFor: new Map(),
    desiredRetention: first?.desired_retention ?? DEFAULT_STUDY_SETTINGS.desiredRetention,
    parameters:
      first?.set_id && first.set_scope && first.set_params
        ? toSchedulerParameters({ id: first.set_id, scope: first.set_scope, params: first.set_params })
        : DEFAULT_SCHEDULER_PARAMETERS,
  };
  for (const row of rows) {
    if (row.id === null || row.item_id === null || row.payload === null) continue;
    const payload = typeof row.payload === "string" ? (JSON.parse(row.payload) as Question) : row.payload;
    context.questions.set(row.id, { payload, itemId: row.item_id });
    const reason = refusalOf({ reachable: !!row.reachable, held_back: !!row.held_back });
    if (reason) context.refused.set(row.id, reason);
    if (row.assignment_id) context.assignmentFor.set(row.id, row.assignment_id);
  }
  return context;
}
