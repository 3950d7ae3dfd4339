/**
 * A student's progress, aggregated in SQL (one query per panel, all on the student's own rows
 * and their (user_id, …) indexes) — no review rows are loaded into JavaScript.
 */
import { sql, type SQL } from "drizzle-orm";
import { toCardStateNumber } from "@/lib/domain";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { buildIsLeechSql, buildRecallSql, curveOfDecaySql } from "./card-rules";
import { studentDecaySql } from "./fsrs-parameters";

/** "Day" in the student's own time zone: shift UTC timestamps by their offset before truncating. */
function toLocalDay(column: SQL, offsetMinutes: number): SQL {
  return sql`(${column} + make_interval(mins => ${offsetMinutes}))::date`;
}

export interface DailyReviews {
  day: string;
  reviews: number;
  correct: number;
}

/** The student's reviews per local day for the `days` days ending `today` (days with none included as zero). */
export async function countReviewsPerDay(
  db: Db,
  params: { userId: string; today: string; days: number; offsetMinutes: number },
): Promise<DailyReviews[]> {
  const { userId, ...options } = params;
  const day = toLocalDay(sql`r.reviewed_at`, options.offsetMinutes);
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

/** Distinct local days with at least one review by the student, newest first (for the streak), at most 400. */
export async function listReviewDays(db: Db, params: { userId: string; offsetMinutes: number }): Promise<string[]> {
  const { userId } = params;
  const day = toLocalDay(sql`reviewed_at`, params.offsetMinutes);
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
  /** Knowledge items in the bank the student has not met. */
  unseen: number;
}

/**
 * The student's knowledge items by phase; a leech (`isLeech`) counts as a leech whatever its
 * phase, so the four counts add up to the items the student has met. `unseen`: active items not met.
 */
export async function countCardsByState(db: Db, userId: string): Promise<CardsByState> {
  const leech = buildIsLeechSql("c");
  const state = toCardStateNumber;
  const [row] = await selectRows<CardsByState>(
    db,
    sql`select
          count(*) filter (where not ${leech} and c.reps = 0)::int as new,
          count(*) filter (where not ${leech} and c.reps > 0 and c.state in (${state("learning")}, ${state("relearning")}))::int as learning,
          count(*) filter (where not ${leech} and c.state = ${state("review")})::int as review,
          count(*) filter (where ${leech})::int as leech,
          (select count(*)::int from knowledge_items k where k.retired_at is null
             and not exists (select 1 from item_states s where s.user_id = ${userId} and s.item_id = k.id)) as unseen
        from item_states c
        where c.user_id = ${userId}`,
  );
  return row ?? { new: 0, learning: 0, review: 0, leech: 0, unseen: 0 };
}

export interface TopicRecall {
  topic: string;
  /** Knowledge items of the topic the student has met. */
  items: number;
  /** Mean predicted probability of recall now, 0–1. */
  recall: number;
  /** The same at `at` (if nothing is reviewed before then), 0–1. */
  recallAt: number;
}

/**
 * Predicted recall by topic, now and at a later date `at`: lib/scheduling's `predictRecall` (the
 * FSRS-6 forgetting curve, retrievability) of each knowledge item the student has met, evaluated
 * in SQL and averaged per topic, weakest (at `at`) first. Just after a session every item reads
 * near 100 % now; `at` shows what lasts — an item met once (low stability) reads low a week later.
 */
export async function listRecallByTopic(db: Db, params: { userId: string; now: Date; at: Date }): Promise<TopicRecall[]> {
  const { userId, now, at } = params;
  // The student's own forgetting curve when they are scheduled with fitted weights.
  const curve = curveOfDecaySql(studentDecaySql(sql`${userId}`));
  return selectRows<TopicRecall>(
    db,
    sql`select tag as topic, count(*)::int as items,
               avg(${buildRecallSql(now, "c", curve)})::float8 as recall,
               avg(${buildRecallSql(at, "c", curve)})::float8 as "recallAt"
        from item_states c
        join knowledge_items k on k.id = c.item_id
        cross join lateral unnest(k.tags) as tag
        where c.user_id = ${userId} and c.reps > 0 and c.last_review is not null
        group by tag
        order by "recallAt" asc, tag`,
  );
}

/** The student's knowledge items due per local day for the `days` days from `today`; anything already overdue counts today. */
export async function countDueCardsPerDay(
  db: Db,
  params: { userId: string; today: string; days: number; offsetMinutes: number },
): Promise<{ day: string; due: number }[]> {
  const { userId, ...options } = params;
  const day = toLocalDay(sql`c.due`, options.offsetMinutes);
  return selectRows<{ day: string; due: number }>(
    db,
    sql`with span as (
          select generate_series(${options.today}::date, ${options.today}::date + (${options.days - 1})::int, interval '1 day')::date as day
        ),
        counts as (
          select greatest(${day}, ${options.today}::date) as day, count(*)::int as due
          from item_states c
          where c.user_id = ${userId} and c.reps > 0
            and ${day} < ${options.today}::date + (${options.days})::int
          group by 1
        )
        select to_char(span.day, 'YYYY-MM-DD') as day, coalesce(counts.due, 0) as due
        from span left join counts using (day)
        order by span.day`,
  );
}
