/**
 * Everything `npm run bench` writes with raw SQL, in one place: when the schema changes (for
 * example card_states becoming item_states), this module is the one to change.
 *
 * It depends on these tables and columns (snake_case, as drizzle writes them):
 *   users           (id, email, name, role, password_hash)
 *   questions       (id, type, prompt, answer, difficulty, tags, payload, position, retired_at)
 *   classes         (id, teacher_id, name, join_code, join_code_expires_at)
 *   enrollments     (class_id, student_id)
 *   quiz_sets       (id, teacher_id, name)
 *   quiz_set_items  (set_id, question_id, position)
 *   assignments     (id, class_id, set_id, due_at, is_quiz, created_at)
 *   review_logs     (id, user_id, question_id, rating, correct, mode, answer, response_ms, reviewed_at,
 *                    assignment_id, state_before, due_before, stability_after, difficulty_after, scheduled_days)
 *   card_states     (user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days,
 *                    learning_steps, reps, lapses, state, last_review, introduced_at)
 * The rows are set-based (generate_series), so 10 M review rows take minutes, not hours.
 */
import type postgres from "postgres";

type Sql = postgres.Sql;

/** A uuid made from a number and a tag (0–15): distinct per tag, ordered by n (cheap to index). */
export function uuidSql(n: string, tag: number): string {
  return `('00000000-0000-4000-${(0x8000 + tag).toString(16)}-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
}

/** The questions the review and queue benches use: copies of the bank's, with ids bench-q-1 … bench-q-N. */
export const benchQuestionId = (n: number) => `bench-q-${n}`;

export async function seedBenchQuestions(sql: Sql, count: number): Promise<void> {
  await sql.unsafe(`
    insert into questions (id, type, prompt, answer, difficulty, tags, payload, position, retired_at)
    select 'bench-q-' || g, q.type, q.prompt, q.answer, q.difficulty, q.tags,
           jsonb_set(q.payload, '{id}', to_jsonb('bench-q-' || g)), 1000000 + g, null
    from generate_series(1, ${count}) g
    join (select *, (row_number() over (order by position) - 1)::int as k from questions where retired_at is null) q
      on q.k = g % (select count(*) from questions where retired_at is null)`);
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
 * A pgbench script that does what recordReviews does for a batch of `batch` reviews of the
 * client's own student (uuid tag `studentTag`, number client_id + 1): per review, the same five
 * statements in one transaction — the id check, the card insert if missing, the card locked
 * FOR UPDATE, the log insert, the card update.
 */
export function pgbenchReviewScript(batch: number, options: { studentTag: number; questions: number }): string {
  const user = uuidSql(":uid::bigint", options.studentTag);
  const sets = [`\\set uid :client_id + 1`];
  const statements: string[] = [];
  for (let i = 0; i < batch; i++) {
    sets.push(
      `\\set q${i} random(1, ${options.questions})`,
      `\\set a${i} random(1, 9223372036854775807)`,
      `\\set b${i} random(1, 9223372036854775807)`,
      `\\set r${i} random(1, 4)`,
    );
    const id = `(lpad(to_hex(:a${i}::bigint), 16, '0') || lpad(to_hex(:b${i}::bigint), 16, '0'))::uuid`;
    const question = `('bench-q-' || :q${i}::text)`;
    const card = `card_states.user_id = ${user} and card_states.question_id = ${question}`;
    const columns =
      "user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, introduced_at";
    statements.push(
      `select user_id, question_id from review_logs where review_logs.id = ${id};`,
      `insert into card_states (${columns}) values (${user}, ${question}, now(), 0, 0, 0, 0, 0, 0, 0, 0, null, now()) on conflict do nothing;`,
      `select ${columns} from card_states where (${card}) for update;`,
      `insert into review_logs (id, user_id, question_id, rating, correct, mode, answer, response_ms, reviewed_at, assignment_id, state_before, due_before, stability_after, difficulty_after, scheduled_days) values (${id}, ${user}, ${question}, :r${i}::smallint, :r${i}::int > 1, 'flashcard', null, 3000, now(), null, 0, null, 2.5, 5.1, 3) on conflict (id) do nothing returning id;`,
      `update card_states set due = now() + interval '3 days', stability = 2.5, difficulty = 5.1, elapsed_days = 0, scheduled_days = 3, learning_steps = 0, reps = reps + 1, lapses = lapses, state = 2, last_review = now() where (${card}) returning ${columns};`,
    );
  }
  return `${[...sets, "begin;", ...statements, "commit;"].join("\n")}\n`;
}

export interface DashboardClass {
  teacherId: string;
  teacherEmail: string;
  classId: string;
  assignmentId: string;
  studentIds: string[];
  questionIds: string[];
  /** Review rows written so far. */
  reviews: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A teacher's class of `students` students with one assignment of a `questions`-question set
 * (created `historyDays` ago, due tomorrow), and no reviews yet: add them with addClassReviews.
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
  const questionIds = (
    await sql.unsafe<{ id: string }[]>(`
      insert into quiz_set_items (set_id, question_id, position)
      select '${set?.id}', id, (row_number() over (order by position))::int - 1
      from (select id, position from questions where retired_at is null and id not like 'bench-q-%' order by position limit ${options.questions}) q
      returning question_id as id`)
  ).map((r) => r.id);
  const created = new Date(now.getTime() - options.historyDays * DAY_MS).toISOString();
  const due = new Date(now.getTime() + DAY_MS).toISOString();
  const [assignment] = await sql.unsafe<{ id: string }[]>(`
    insert into assignments (class_id, set_id, due_at, is_quiz, created_at)
    values ('${classId}', '${set?.id}', '${due}', false, '${created}') returning id`);
  return { teacherId, teacherEmail, classId, assignmentId: assignment?.id ?? "", studentIds, questionIds, reviews: 0 };
}

/**
 * Adds `count` review rows to the class's assignment (every student answering every question of
 * the set, over and over, spread across the history before `now`) and brings each student's card
 * states in line with their latest review. Rows are numbered on from the class's current count,
 * in chunks, so 1 M and then 9 M more cost one pass each.
 */
export async function addClassReviews(
  sql: Sql,
  klass: DashboardClass,
  options: { count: number; now: Date; historyDays: number; chunk?: number },
): Promise<void> {
  const students = klass.studentIds.length;
  const questions = klass.questionIds.length;
  const chunk = options.chunk ?? 1_000_000;
  const nowMs = options.now.getTime();
  const spanMs = options.historyDays * DAY_MS - 60_000;
  const studentArray = `array[${klass.studentIds.map((id) => `'${id}'::uuid`).join(",")}]`;
  const questionArray = `array[${klass.questionIds.map((id) => `'${id}'`).join(",")}]::text[]`;
  // Review n (1-based over the class's whole history) belongs to pair n mod (students × questions); its time
  // falls anywhere in the span (a hash of n), so each count of rows covers the whole history.
  // A bulk load: the secondary indexes are rebuilt once at the end (faster than kept up row by
  // row), and foreign keys are not checked row by row (every id comes from the rows made above).
  const indexes = await sql.unsafe<{ name: string; definition: string }[]>(`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = 'review_logs'
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
  const conn = await sql.reserve(); // the settings below are the session's
  try {
    for (const index of indexes) await conn.unsafe(`drop index ${index.name}`);
    await conn.unsafe("set session_replication_role = replica");
    await conn.unsafe("set maintenance_work_mem = '256MB'");
    for (let from = klass.reviews + 1; from <= klass.reviews + options.count; from += chunk) {
      const to = Math.min(from + chunk - 1, klass.reviews + options.count);
      await conn.unsafe(`
      insert into review_logs (id, user_id, question_id, rating, correct, mode, answer, response_ms, reviewed_at,
                               assignment_id, state_before, due_before, stability_after, difficulty_after, scheduled_days)
      select ${uuidSql("n", 15)},
             (${studentArray})[1 + (n % ${students})],
             (${questionArray})[1 + ((n / ${students}) % ${questions})],
             1 + (h % 4), (h % 4) > 0, 'quiz', case when (h % 4) = 0 then to_jsonb(h % 3) end, 2000 + (h % 20000),
             to_timestamp((${nowMs} - (h % ${spanMs})) / 1000.0),
             '${klass.assignmentId}', 2, null, 1 + (h % 30), 1 + (h % 9), 1 + (h % 20)
      from generate_series(${from}::bigint, ${to}::bigint) n,
           lateral (select (hashint8(n)::bigint & 2147483647) as h) x`);
    }
    await conn.unsafe("set session_replication_role = origin");
    for (const index of indexes) await conn.unsafe(index.definition);
  } finally {
    conn.release();
  }
  klass.reviews += options.count;
  await sql.unsafe(`
    insert into card_states (user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days,
                             learning_steps, reps, lapses, state, last_review, introduced_at)
    select user_id, question_id, max(reviewed_at) + interval '4 days', 6.0, 5.0, 1, 4, 0, count(*)::int,
           (count(*) filter (where not correct))::int, 2, max(reviewed_at), min(reviewed_at)
    from review_logs where assignment_id = '${klass.assignmentId}'
    group by user_id, question_id
    on conflict (user_id, question_id) do update set
      due = excluded.due, reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review`);
  await sql.unsafe("analyze review_logs");
  await sql.unsafe("analyze card_states");
}

/** One student with `cards` cards (on the bench questions), half of them due now; returns the student's id. */
export async function seedQueueStudent(sql: Sql, options: { tag: number; cards: number; now: Date }): Promise<string> {
  const [student] = await sql.unsafe<{ id: string }[]>(`
    insert into users (id, email, name, role, password_hash)
    values (${uuidSql("1", options.tag)}, 'bench-queue-${options.tag}@bench.kizuna', 'Queue student', 'student', 'x') returning id`);
  const id = student?.id ?? "";
  const nowMs = options.now.getTime();
  await sql.unsafe(`
    insert into card_states (user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days,
                             learning_steps, reps, lapses, state, last_review, introduced_at)
    select '${id}', 'bench-q-' || g,
           to_timestamp((${nowMs} + (case when g % 2 = 0 then -1 else 1 end) * ((hashint4(g) & 2147483647) % ${30 * DAY_MS})) / 1000.0),
           1 + (g % 40), 1 + (g % 9), 3, 5, 0, 1 + (g % 12), g % 3, 2,
           to_timestamp((${nowMs} - ${40 * DAY_MS}) / 1000.0), to_timestamp((${nowMs} - ${90 * DAY_MS}) / 1000.0)
    from generate_series(1, ${options.cards}) g`);
  await sql.unsafe("analyze card_states");
  return id;
}
