/**
 * A student's progress, aggregated in SQL (one query per panel, all on the student's own rows
 * and their (user_id, …) indexes) — no review rows are loaded into JavaScript.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { recallNow } from "./dashboard/shared";

/** "Day" in the student's own time zone: shift UTC timestamps by their offset before truncating. */
function localDay(column: ReturnType<typeof sql>, offsetMinutes: number) {
  return sql`(${column} + make_interval(mins => ${offsetMinutes}))::date`;
}

export interface DailyReviews {
  day: string;
  reviews: number;
  correct: number;
}

/** Reviews per local day for the last `days` days (days with none included as zero). */
export async function reviewsPerDay(
  db: Db,
  userId: string,
  options: { today: string; days: number; offsetMinutes: number },
): Promise<DailyReviews[]> {
  const day = localDay(sql`r.reviewed_at`, options.offsetMinutes);
  return selectRows<DailyReviews>(
    db,
    sql`with span as (
          select generate_series(${options.today}::date - (${options.days - 1})::int, ${options.today}::date, interval '1 day')::date as day
        ),
        counts as (
          select ${day} as day, count(*)::int as reviews, count(*) filter (where r.correct)::int as correct
          from review_logs r
          where r.user_id = ${userId}
            and r.reviewed_at >= (${options.today}::date - (${options.days})::int)::timestamp - make_interval(mins => ${options.offsetMinutes + 24 * 60})
          group by 1
        )
        select to_char(span.day, 'YYYY-MM-DD') as day, coalesce(counts.reviews, 0) as reviews, coalesce(counts.correct, 0) as correct
        from span left join counts using (day)
        order by span.day`,
  );
}

/** Distinct local days with at least one review, newest first (for the streak), at most a year. */
export async function reviewDays(db: Db, userId: string, options: { offsetMinutes: number }): Promise<string[]> {
  const day = localDay(sql`reviewed_at`, options.offsetMinutes);
  const rows = await selectRows<{ day: string }>(
    db,
    sql`select distinct to_char(${day}, 'YYYY-MM-DD') as day from review_logs
        where user_id = ${userId} and reviewed_at > now() - interval '400 days'
        order by day desc limit 400`,
  );
  return rows.map((r) => r.day);
}

export interface CardsByState {
  new: number;
  learning: number;
  review: number;
  leech: number;
  /** Questions in the bank the student has not started. */
  unseen: number;
}

export async function cardsByState(db: Db, userId: string, leechLapses: number): Promise<CardsByState> {
  const [row] = await selectRows<CardsByState>(
    db,
    sql`select
          count(*) filter (where c.lapses < ${leechLapses} and c.reps = 0)::int as new,
          count(*) filter (where c.lapses < ${leechLapses} and c.reps > 0 and c.state in (1, 3))::int as learning,
          count(*) filter (where c.lapses < ${leechLapses} and c.state = 2)::int as review,
          count(*) filter (where c.lapses >= ${leechLapses})::int as leech,
          (select count(*)::int from questions q where q.retired_at is null
             and not exists (select 1 from card_states s where s.user_id = ${userId} and s.question_id = q.id)) as unseen
        from card_states c
        where c.user_id = ${userId}`,
  );
  return row ?? { new: 0, learning: 0, review: 0, leech: 0, unseen: 0 };
}

export interface TopicRecall {
  topic: string;
  cards: number;
  /** Mean predicted probability of recall now, 0–1. */
  recall: number;
}

/**
 * Predicted recall now by topic: the FSRS-6 forgetting curve R(t, S) = (1 + f·t/S)^(−d), with
 * ts-fsrs' default decay d and its factor f = 0.9^(−1/d) − 1 (so R = 0.9 when t = S), evaluated
 * in SQL over the student's reviewed cards and averaged per topic.
 */
export async function recallByTopic(db: Db, userId: string, now: Date): Promise<TopicRecall[]> {
  return selectRows<TopicRecall>(
    db,
    sql`select tag as topic, count(*)::int as cards, avg(${recallNow(now, "c")})::float8 as recall
        from card_states c
        join questions q on q.id = c.question_id
        cross join lateral unnest(q.tags) as tag
        where c.user_id = ${userId} and c.reps > 0 and c.last_review is not null
        group by tag
        order by recall asc, tag`,
  );
}

/** Cards due per local day for the next `days` days; anything already overdue counts today. */
export async function dueForecast(
  db: Db,
  userId: string,
  options: { today: string; days: number; offsetMinutes: number },
): Promise<{ day: string; due: number }[]> {
  const day = localDay(sql`c.due`, options.offsetMinutes);
  return selectRows<{ day: string; due: number }>(
    db,
    sql`with span as (
          select generate_series(${options.today}::date, ${options.today}::date + (${options.days - 1})::int, interval '1 day')::date as day
        ),
        counts as (
          select greatest(${day}, ${options.today}::date) as day, count(*)::int as due
          from card_states c
          where c.user_id = ${userId} and c.reps > 0
            and ${day} < ${options.today}::date + (${options.days})::int
          group by 1
        )
        select to_char(span.day, 'YYYY-MM-DD') as day, coalesce(counts.due, 0) as due
        from span left join counts using (day)
        order by span.day`,
  );
}
