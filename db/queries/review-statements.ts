/**
 * The two statements of a review batch's transaction (db/queries/reviews.ts says what each does).
 * A small batch's are prepared on a Postgres server and planned on every run (BATCH_PLAN_SETTINGS
 * says why; PREPARED_BATCH_MAX in db/queries/reviews.ts which batches).
 */
import { sql, type SQL } from "drizzle-orm";
import { toCardStateNumber } from "@/lib/domain";
import { anyOf } from "../rows";

/**
 * Sent with BEGIN, for this transaction only. The statements are prepared on a Postgres server,
 * which saves parsing them and a round trip per statement (postgres.js asks an unnamed
 * statement's parameter types before binding it), but each run is still planned for its own
 * values and the tables as they are now: a generic plan cached while the tables were small or
 * unanalysed would keep scanning a student's every row, or the whole log, after they grew
 * (seen with EXPLAIN; tests/db/review-plans.test.ts checks every run is planned). The dashboard
 * trigger that the log insert fires keeps its cached plans (migration 0013 gives its function
 * the default).
 */
export const BATCH_PLAN_SETTINGS = "set local plan_cache_mode = force_custom_plan";

export interface NewItemRow {
  item_id: string;
  at: string;
}

export interface LogRow {
  id: string;
  question_id: string;
  item_id: string;
  rating: number;
  correct: boolean;
  mode: string;
  answer: unknown;
  response_ms: number;
  reviewed_at: string;
  assignment_id: string | null;
  state_before: number;
  due_before: string | null;
  stability_after: number;
  difficulty_after: number;
  scheduled_days: number;
}

export interface StateRow {
  item_id: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
}

/** Creates the missing item rows, locks the batch's rows in item-id order, reads the ids already logged. */
export function lockBatchSql(
  userId: string,
  newRows: readonly NewItemRow[],
  itemIds: readonly string[],
  reviewIds: readonly string[],
): SQL {
  return sql`with created as (
      insert into item_states (user_id, item_id, due, stability, difficulty, elapsed_days, scheduled_days,
        learning_steps, reps, lapses, state, last_review, introduced_at)
      select ${userId}, x.item_id, x.at, 0, 0, 0, 0, 0, 0, 0, ${toCardStateNumber("new")}, null, x.at
      from jsonb_to_recordset(${JSON.stringify(newRows)}::jsonb) as x(item_id text, at timestamptz)
      on conflict do nothing
      returning item_id
    ), locked as (
      select item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review
      from item_states
      where user_id = ${userId} and item_id = ${anyOf(itemIds)}
      order by item_id collate "C"
      for update
    )
    select 'created' as kind, item_id as key, null::float8 as due_ms, null::float8 as stability, null::float8 as difficulty,
           null::int as elapsed_days, null::int as scheduled_days, null::int as learning_steps, null::int as reps,
           null::int as lapses, null::smallint as state, null::float8 as last_review_ms, null::text as log_user_id,
           null::text as log_question_id
    from created
    union all
    select 'locked', item_id, (extract(epoch from due) * 1000)::float8, stability, difficulty, elapsed_days, scheduled_days,
           learning_steps, reps, lapses, state, (extract(epoch from last_review) * 1000)::float8, null, null
    from locked
    union all
    select 'logged', id::text, null, null, null, null, null, null, null, null, null, null, user_id::text, question_id
    from review_logs
    where id = ${anyOf(reviewIds, "uuid")}`;
}

/** Inserts every new log and updates every moved item's state, in one statement. */
export function writeBatchSql(userId: string, logRows: readonly LogRow[], stateRows: readonly StateRow[]): SQL {
  return sql`with inserted as (
      insert into review_logs (id, user_id, question_id, item_id, rating, correct, mode, answer, response_ms, reviewed_at,
        assignment_id, state_before, due_before, stability_after, difficulty_after, scheduled_days)
      select x.id, ${userId}, x.question_id, x.item_id, x.rating, x.correct, x.mode, x.answer, x.response_ms, x.reviewed_at,
             x.assignment_id, x.state_before, x.due_before, x.stability_after, x.difficulty_after, x.scheduled_days
      from jsonb_to_recordset(${JSON.stringify(logRows)}::jsonb) as x(id uuid, question_id text, item_id text, rating smallint,
        correct boolean, mode text, answer jsonb, response_ms integer, reviewed_at timestamptz, assignment_id uuid,
        state_before smallint, due_before timestamptz, stability_after float8, difficulty_after float8, scheduled_days integer)
      returning 1
    ), moved as (
      update item_states s
      set due = x.due, stability = x.stability, difficulty = x.difficulty, elapsed_days = x.elapsed_days,
          scheduled_days = x.scheduled_days, learning_steps = x.learning_steps, reps = x.reps, lapses = x.lapses,
          state = x.state, last_review = x.last_review, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(stateRows)}::jsonb) as x(item_id text, due timestamptz, stability float8,
        difficulty float8, elapsed_days integer, scheduled_days integer, learning_steps integer, reps integer,
        lapses integer, state smallint, last_review timestamptz)
      where s.user_id = ${userId} and s.item_id = x.item_id
      returning 1
    )
    select (select count(*) from inserted)::int as inserted, (select count(*) from moved)::int as moved`;
}
