/**
 * Everything the benches write with raw SQL, in one place: when the schema changes (as when
 * card_states became item_states, one memory per knowledge item), this module is the one to change.
 *
 * It depends on these tables and columns (snake_case, as drizzle writes them):
 *   users           (id, email, name, role, password_hash)
 *   knowledge_items (id, kind, tags, event_slugs, position)
 *   questions       (id, type, prompt, answer, difficulty, tags, payload, position, item_id, retired_at)
 *   classes         (id, teacher_id, name, join_code, join_code_expires_at)
 *   enrollments     (class_id, student_id)
 *   quiz_sets       (id, teacher_id, name)
 *   quiz_set_items  (set_id, question_id, position)
 *   assignments     (id, class_id, set_id, due_at, is_quiz, created_at)
 *   review_logs     (id, user_id, question_id, item_id, rating, correct, mode, answer, response_ms, reviewed_at,
 *                    assignment_id, state_before, due_before, stability_after, difficulty_after, scheduled_days)
 *   item_states     (user_id, item_id, due, stability, difficulty, elapsed_days, scheduled_days,
 *                    learning_steps, reps, lapses, state, last_review, introduced_at, updated_at)
 * Rows are made set-based (generate_series), so 10 M review rows take minutes, not hours. Every id
 * the benches make starts with "bench-" (questions) or "bench" (items), so bank queries can skip them.
 */
import { sql as drizzleSql } from "drizzle-orm";
import type postgres from "postgres";
import type { Db } from "../../db/client";
import { selectRows } from "../../db/rows";
import { refreshDerivedTables } from "./refresh-derived-tables";

type Sql = postgres.Sql;

/** Runs one raw statement and returns its rows: the same seeding SQL on a server (postgres.js) and on PGlite. */
export type RunSql = <T extends object = Record<string, unknown>>(query: string) => Promise<T[]>;

export const runOnServer =
  (sql: Sql): RunSql =>
  <T extends object>(query: string) =>
    sql.unsafe(query) as unknown as Promise<T[]>;

export const runOnDb =
  (db: Db): RunSql =>
  <T extends object>(query: string) =>
    selectRows<T>(db, drizzleSql.raw(query));

/** A uuid made from a number and a tag (0–15): distinct per tag, ordered by n (cheap to index). */
export function uuidSql(n: string, tag: number): string {
  return `('00000000-0000-4000-${(0x8000 + tag).toString(16)}-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
}

/** The bank's active questions (not the benches' copies), numbered k = 0… in bank order. */
const BANK = `(select q.*, (row_number() over (order by q.position) - 1)::int as k
               from questions q where q.retired_at is null and q.id not like 'bench-%')`;

/** The questions the review-write bench posts: copies of the bank's, ids bench-q-1 … bench-q-N, each its own item bench:N. */
export const benchQuestionId = (n: number) => `bench-q-${n}`;

export async function seedBenchQuestions(sql: Sql, count: number): Promise<void> {
  // After the bank in study order, so they never come up as anyone's new items.
  const copies = `from generate_series(1, ${count}) g join ${BANK} b on b.k = g % (select count(*) from ${BANK} x)`;
  await sql.unsafe(`
    insert into knowledge_items (id, kind, tags, event_slugs, position)
    select 'bench:' || g, case when b.type in ('ordering', 'matching') then 'exercise' else 'fact' end, b.tags, '{}', 1000000 + g
    ${copies}`);
  await sql.unsafe(`
    insert into questions (id, type, prompt, answer, difficulty, tags, payload, position, item_id, retired_at)
    select 'bench-q-' || g, b.type, b.prompt, b.answer, b.difficulty, b.tags,
           b.payload || jsonb_build_object('id', 'bench-q-' || g, 'itemId', 'bench:' || g, 'reveals', '[]'::jsonb),
           1000000 + g, 'bench:' || g, null
    ${copies}`);
  await sql.unsafe("analyze knowledge_items; analyze questions");
}

/**
 * `count` students (uuid tag `tag`, numbered from 1) who sign in with the password of the user
 * `passwordFrom` (its bcrypt hash is copied, so nothing is hashed here). Returns their emails.
 */
export async function seedBenchStudents(sql: Sql, options: { tag: number; count: number; passwordFrom?: string }): Promise<string[]> {
  const hash = options.passwordFrom ? `(select password_hash from users where email = '${options.passwordFrom}')` : `'x'`;
  const rows = await sql.unsafe<{ email: string }[]>(`
    insert into users (id, email, name, role, password_hash)
    select ${uuidSql("g", options.tag)}, 'bench-${options.tag}-' || g || '@bench.kizuna', 'Bench ' || ${options.tag} || '-' || g, 'student', ${hash}
    from generate_series(1, ${options.count}) g
    returning email`);
  return rows.map((r) => r.email);
}

/**
 * A pgbench script that sends what recordReviews (db/queries/reviews.ts) sends for a batch of
 * `batch` flashcard reviews (rated Good) of the client's own student (uuid tag `studentTag`,
 * number client_id + 1), in one transaction: the same three set-based statements whatever the
 * batch size — the faces' items; one that creates the missing item rows from a JSON recordset,
 * locks the batch's item rows in one `select … for update` in item-id order and reads the ids
 * already logged; one that inserts the logs and updates the item states, both from JSON
 * recordsets as the API sends them. The batch's faces are distinct (a random start, then every 199th of the
 * bench's questions), so it creates, locks, logs and moves `batch` rows. The FSRS fold between the
 * lock and the writes happens in Node in the API and not here: the values written are fixed.
 * When recordReviews changes its SQL, change this script with it: the ratio is "the API against
 * the same SQL with nothing in between".
 */
export function pgbenchReviewScript(batch: number, options: { studentTag: number; questions: number }): string {
  const user = uuidSql(":uid::bigint", options.studentTag);
  const sets = [`\\set uid :client_id + 1`, `\\set q random(0, ${options.questions - 1})`];
  const faces: string[] = [];
  const items: string[] = [];
  const ids: string[] = [];
  const newRows: string[] = [];
  const logRows: string[] = [];
  const stateRows: string[] = [];
  for (let i = 0; i < batch; i++) {
    sets.push(
      `\\set q${i} 1 + (:q + ${i * 199}) % ${options.questions}`,
      `\\set a${i} random(1, 9223372036854775807)`,
      `\\set b${i} random(1, 9223372036854775807)`,
    );
    const id = `lpad(to_hex(:a${i}::bigint), 16, '0') || lpad(to_hex(:b${i}::bigint), 16, '0')`;
    faces.push(`'bench-q-' || :q${i}::text`);
    items.push(`'bench:' || :q${i}::text`);
    ids.push(`(${id})::uuid`);
    newRows.push(`'{"item_id": "bench:' || :q${i}::text || '","at": "' || now() || '"}'`);
    logRows.push(
      `'{"id": "' || ${id} || '","question_id": "bench-q-' || :q${i}::text || '","item_id": "bench:' || :q${i}::text || '","rating": 3,"correct": true,` +
        `"mode": "flashcard","answer": null,"response_ms": 3000,"reviewed_at": "' || now() || '","assignment_id": null,"state_before": 0,` +
        `"due_before": null,"stability_after": 2.3065,"difficulty_after": 2.118103970459016,"scheduled_days": 0}'`,
    );
    stateRows.push(
      `'{"item_id": "bench:' || :q${i}::text || '","due": "' || (now() + interval '10 minutes') || '","stability": 2.3065,` +
        `"difficulty": 2.118103970459016,"elapsed_days": 0,"scheduled_days": 0,"learning_steps": 1,"reps": 1,"lapses": 0,"state": 1,` +
        `"last_review": "' || now() || '"}'`,
    );
  }
  // Every colon in the JSON text is followed by a space: pgbench would read `:name` inside a
  // literal (`"answer":null`) as one of its variables.
  const json = (rows: string[]) => `('[' || ${rows.join(" || ',' || ")} || ']')::jsonb`;
  const nulls =
    "null::float8, null::float8, null::float8, null::int, null::int, null::int, null::int, null::int, null::smallint, null::float8, null::text, null::text";
  const statements = [
    `select id, item_id from questions where id in (${faces.join(", ")});`,
    `with created as (insert into item_states (user_id, item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, introduced_at) ` +
      `select ${user}, x.item_id, x.at, 0, 0, 0, 0, 0, 0, 0, 0, null, x.at from jsonb_to_recordset(${json(newRows)}) as x(item_id text, at timestamptz) on conflict do nothing returning item_id), ` +
      `locked as (select item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review from item_states ` +
      `where user_id = ${user} and item_id in (${items.join(", ")}) order by item_id collate "C" for update) ` +
      `select 'created' as kind, item_id as key, ${nulls} from created union all ` +
      `select 'locked', item_id, (extract(epoch from due) * 1000)::float8, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, (extract(epoch from last_review) * 1000)::float8, null, null from locked union all ` +
      `select 'logged', id::text, null, null, null, null, null, null, null, null, null, null, user_id::text, question_id from review_logs where id in (${ids.join(", ")});`,
    `with inserted as (insert into review_logs (id, user_id, question_id, item_id, rating, correct, mode, answer, response_ms, reviewed_at, assignment_id, state_before, due_before, stability_after, difficulty_after, scheduled_days) ` +
      `select x.id, ${user}, x.question_id, x.item_id, x.rating, x.correct, x.mode, x.answer, x.response_ms, x.reviewed_at, x.assignment_id, x.state_before, x.due_before, x.stability_after, x.difficulty_after, x.scheduled_days ` +
      `from jsonb_to_recordset(${json(logRows)}) as x(id uuid, question_id text, item_id text, rating smallint, correct boolean, mode text, answer jsonb, response_ms integer, reviewed_at timestamptz, assignment_id uuid, state_before smallint, due_before timestamptz, stability_after float8, difficulty_after float8, scheduled_days integer) ` +
      `returning 1), ` +
      `moved as (update item_states s set due = x.due, stability = x.stability, difficulty = x.difficulty, elapsed_days = x.elapsed_days, scheduled_days = x.scheduled_days, ` +
      `learning_steps = x.learning_steps, reps = x.reps, lapses = x.lapses, state = x.state, last_review = x.last_review, updated_at = now() ` +
      `from jsonb_to_recordset(${json(stateRows)}) as x(item_id text, due timestamptz, stability float8, difficulty float8, elapsed_days integer, scheduled_days integer, learning_steps integer, reps integer, lapses integer, state smallint, last_review timestamptz) ` +
      `where s.user_id = ${user} and s.item_id = x.item_id returning 1) ` +
      `select (select count(*) from inserted)::int as inserted, (select count(*) from moved)::int as moved;`,
  ];
  return `${[...sets, "begin;", ...statements, "commit;"].join("\n")}\n`;
}

export interface DashboardClass {
  teacherId: string;
  teacherEmail: string;
  classId: string;
  assignmentId: string;
  studentIds: string[];
  questionIds: string[];
  /** The knowledge item of each set question (same order as questionIds). */
  itemIds: string[];
  /** Review rows written so far. */
  reviews: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A teacher's class of `students` students with one assignment of a `questions`-question set
 * (created `historyDays` ago, due tomorrow), and no reviews yet: add them with addClassReviews.
 * The set takes one face of each of the bank's first items, so no review counts twice.
 */
export async function seedDashboardClass(
  sql: Sql,
  options: { tag: number; students: number; questions: number; now: Date; historyDays: number },
): Promise<DashboardClass> {
  const { tag, now } = options;
  const teacherId = (await sql.unsafe<{ id: string }[]>(`select ${uuidSql("0", tag)} as id`))[0]?.id ?? "";
  const teacherEmail = `bench-teacher-${tag}@bench.kizuna`;
  await sql.unsafe(
    `insert into users (id, email, name, role, password_hash) values ('${teacherId}', '${teacherEmail}', 'Bench teacher', 'teacher', 'x')`,
  );
  const studentIds = (
    await sql.unsafe<{ id: string }[]>(`
      insert into users (id, email, name, role, password_hash)
      select ${uuidSql("g", tag)}, 'bench-${tag}-' || g || '@bench.kizuna', 'Student ' || lpad(g::text, 3, '0'), 'student', 'x'
      from generate_series(1, ${options.students}) g returning id`)
  ).map((r) => r.id);
  const [klass] = await sql.unsafe<{ id: string }[]>(`
    insert into classes (teacher_id, name, join_code, join_code_expires_at)
    values ('${teacherId}', 'Bench class ${tag}', 'BENCH${tag}', now() + interval '30 days') returning id`);
  const classId = klass?.id ?? "";
  await sql.unsafe(
    `insert into enrollments (class_id, student_id) select '${classId}', id from unnest(array[${studentIds.map((id) => `'${id}'::uuid`).join(",")}]) id`,
  );
  const [set] = await sql.unsafe<{ id: string }[]>(
    `insert into quiz_sets (teacher_id, name) values ('${teacherId}', 'Bench set ${tag}') returning id`,
  );
  const picked = await sql.unsafe<{ id: string; item_id: string }[]>(`
    insert into quiz_set_items (set_id, question_id, position)
    select '${set?.id}', id, (row_number() over (order by position))::int - 1
    from (select id, position from (select distinct on (b.item_id) b.id, b.position from ${BANK} b order by b.item_id, b.position) f
          order by position limit ${options.questions}) q
    returning question_id as id, (select item_id from questions where questions.id = question_id)`);
  const created = new Date(now.getTime() - options.historyDays * DAY_MS).toISOString();
  const due = new Date(now.getTime() + DAY_MS).toISOString();
  const [assignment] = await sql.unsafe<{ id: string }[]>(`
    insert into assignments (class_id, set_id, due_at, is_quiz, created_at)
    values ('${classId}', '${set?.id}', '${due}', false, '${created}') returning id`);
  return {
    teacherId,
    teacherEmail,
    classId,
    assignmentId: assignment?.id ?? "",
    studentIds,
    questionIds: picked.map((r) => r.id),
    itemIds: picked.map((r) => r.item_id),
    reviews: 0,
  };
}

/**
 * Adds `count` review rows to the class's assignment (every student answering every question of
 * the set, over and over, spread across the history before `now`), brings each student's item
 * states in line with their latest review (the inserts run with triggers off), then calls
 * refreshDerivedTables so what the review write (its trigger) keeps beside the logs is rebuilt
 * from them. Rows are numbered on from the class's current count, in chunks, so 1 M and then 9 M
 * more cost one pass each.
 */
export async function addClassReviews(
  sql: Sql,
  db: Db,
  klass: DashboardClass,
  options: { count: number; now: Date; historyDays: number; chunk?: number; parallel?: number },
): Promise<{ insertSeconds: number; indexSeconds: number; derivedSeconds: number }> {
  const students = klass.studentIds.length;
  const questions = klass.questionIds.length;
  const chunk = options.chunk ?? 500_000;
  const nowMs = options.now.getTime();
  const spanMs = options.historyDays * DAY_MS - 60_000;
  const studentArray = `array[${klass.studentIds.map((id) => `'${id}'::uuid`).join(",")}]`;
  const questionArray = `array[${klass.questionIds.map((id) => `'${id}'`).join(",")}]::text[]`;
  const itemArray = `array[${klass.itemIds.map((id) => `'${id.replaceAll("'", "''")}'`).join(",")}]::text[]`;
  // Review n (1-based over the class's whole history) belongs to pair n mod (students × questions); its time
  // falls anywhere in the span (a hash of n), so each count of rows covers the whole history.
  // A bulk load: the secondary indexes are rebuilt once at the end (faster than kept up row by
  // row), and foreign keys are not checked row by row (every id comes from the rows made above).
  const indexes = await sql.unsafe<{ name: string; definition: string }[]>(`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = 'review_logs'
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
  let started = performance.now();
  let insertSeconds = 0;
  let indexSeconds = 0;
  // Two sessions at once: one backend per core (and, on a shared machine, twice the CPU share).
  const conns = await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 2) }, () => sql.reserve()));
  try {
    for (const index of indexes) await conns[0]?.unsafe(`drop index ${index.name}`);
    for (const conn of conns) {
      await conn.unsafe("set session_replication_role = replica"); // these settings are the session's
      await conn.unsafe("set synchronous_commit = off");
      await conn.unsafe("set maintenance_work_mem = '256MB'");
    }
    const ranges: [number, number][] = [];
    for (let from = klass.reviews + 1; from <= klass.reviews + options.count; from += chunk) {
      ranges.push([from, Math.min(from + chunk - 1, klass.reviews + options.count)]);
    }
    const insert = ([from, to]: [number, number]) => `
      insert into review_logs (id, user_id, question_id, item_id, rating, correct, mode, answer, response_ms, reviewed_at,
                               assignment_id, state_before, due_before, stability_after, difficulty_after, scheduled_days)
      select ${uuidSql("n", 15)},
             (${studentArray})[1 + (n % ${students})],
             (${questionArray})[1 + ((n / ${students}) % ${questions})],
             (${itemArray})[1 + ((n / ${students}) % ${questions})],
             1 + (h % 4), (h % 4) > 0, 'quiz', case when (h % 4) = 0 then to_jsonb(h % 3) end, 2000 + (h % 20000),
             to_timestamp((${nowMs} - (h % ${spanMs})) / 1000.0),
             '${klass.assignmentId}', 2, null, 1 + (h % 30), 1 + (h % 9), 1 + (h % 20)
      from generate_series(${from}::bigint, ${to}::bigint) n,
           lateral (select (hashint8(n)::bigint & 2147483647) as h) x`;
    await eachOnOwnSession(conns, ranges.map(insert));
    insertSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await eachOnOwnSession(
      conns,
      indexes.map((index) => index.definition),
    );
    indexSeconds = (performance.now() - started) / 1000;
  } finally {
    for (const conn of conns) {
      await conn.unsafe("set session_replication_role = origin").catch(() => {});
      conn.release();
    }
  }
  klass.reviews += options.count;
  started = performance.now();
  await sql.unsafe(`
    insert into item_states (user_id, item_id, due, stability, difficulty, elapsed_days, scheduled_days,
                             learning_steps, reps, lapses, state, last_review, introduced_at)
    select user_id, item_id, max(reviewed_at) + interval '4 days', 6.0, 5.0, 1, 4, 0, count(*)::int,
           (count(*) filter (where not correct))::int, 2, max(reviewed_at), min(reviewed_at)
    from review_logs where assignment_id = '${klass.assignmentId}'
    group by user_id, item_id
    on conflict (user_id, item_id) do update set
      due = excluded.due, reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review, updated_at = now()`);
  await refreshDerivedTables(db, { assignmentIds: [klass.assignmentId] });
  // The upsert and the recount rewrote every row of these small tables (a deleted copy of each
  // left behind): without a vacuum each further step's dashboard scans twice the pages, which a
  // live server's autovacuum would have cleared. review_logs itself is only analysed.
  await sql.unsafe("vacuum item_states, assignment_question_stats, assignment_wrong_answers");
  await sql.unsafe("analyze");
  return { insertSeconds, indexSeconds, derivedSeconds: (performance.now() - started) / 1000 };
}

/** Runs the statements on the sessions, each session taking the next statement when it is free. */
async function eachOnOwnSession(conns: postgres.ReservedSql[], statements: string[]): Promise<void> {
  const queue = [...statements];
  await Promise.all(
    conns.map(async (conn) => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await conn.unsafe(next);
    }),
  );
}

/**
 * The queue's worst case: one student (uuid tag `tag`) who has met `items` knowledge items of
 * their own (one multiple-choice face each, placed ahead of the bank in study order, so the
 * new-item anti-join walks all of them), about a sixth due now, with `logs` review logs spread
 * over them. Works on a server and on PGlite; returns the student's id.
 */
export async function seedQueueStudent(run: RunSql, options: { tag: number; items: number; logs: number }): Promise<string> {
  const { items, logs } = options;
  const [student] = await run<{ id: string }>(`
    insert into users (id, email, name, role, password_hash)
    values (${uuidSql("1", options.tag)}, 'bench-queue-${options.tag}@bench.kizuna', 'Queue student', 'student', 'x') returning id`);
  const id = student?.id ?? "";
  const template = `(select * from ${BANK} b where b.type = 'multiple_choice' order by b.k limit 1)`;
  await run(`insert into knowledge_items (id, kind, tags, event_slugs, position)
    select 'benchqueue:' || g, 'fact', t.tags, '{}', g - ${items + 1}
    from generate_series(1, ${items}) g, ${template} t`);
  await run(`insert into questions (id, type, prompt, answer, difficulty, tags, payload, position, item_id)
    select 'bench-queue-q-' || g, t.type, t.prompt, t.answer, t.difficulty, t.tags,
           t.payload || jsonb_build_object('id', 'bench-queue-q-' || g, 'itemId', 'benchqueue:' || g, 'reveals', '[]'::jsonb),
           g - ${items + 1}, 'benchqueue:' || g
    from generate_series(1, ${items}) g, ${template} t`);
  await run(`insert into item_states (user_id, item_id, due, stability, difficulty, elapsed_days, scheduled_days,
      learning_steps, reps, lapses, state, last_review, introduced_at)
    select '${id}', 'benchqueue:' || g, now() + make_interval(hours => (g % 60) * 24 - 240), 5 + g % 40, 5, 3, 10, 0, 10, g % 4, 2,
           now() - interval '3 days', now() - interval '90 days'
    from generate_series(1, ${items}) g`);
  await run(`insert into review_logs (id, user_id, question_id, item_id, rating, correct, mode, reviewed_at, state_before,
      stability_after, difficulty_after, scheduled_days)
    select gen_random_uuid(), '${id}', 'bench-queue-q-' || (1 + g % ${items}), 'benchqueue:' || (1 + g % ${items}), 3, true, 'quiz',
           now() - make_interval(secs => g * 70), 2, 5, 5, 3
    from generate_series(1, ${logs}) g`);
  await run("analyze");
  return id;
}
