/**
 * How well a class remembers each topic, now and at a chosen date (the assignment's due date):
 * mean FSRS predicted recall (retrievability) over every knowledge item its enrolled students have
 * met, per topic tag (the class version of the progress page's listRecallByTopic). One query.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { selectRows } from "../../rows";
import { buildRecallSql, curveOfDecaySql } from "../card-rules";
import { studentDecaySql } from "../fsrs-parameters";
import { isUuid } from "./shared";

export interface ClassTopicRecall {
  topic: string;
  /** Mean predicted recall now, 0–1. */
  recall: number;
  /** Mean predicted recall at `at` (as if nothing is reviewed before then), 0–1. */
  recallAt: number;
  /** Reviewed (student, knowledge item) pairs with this topic. */
  cards: number;
}

/** Weakest topic first (ties by name); null if the class is not the teacher's. */
export async function listClassRecallByTopic(
  db: Db,
  input: { teacherId: string; classId: string; now: Date; at?: Date },
): Promise<ClassTopicRecall[] | null> {
  if (!isUuid(input.teacherId) || !isUuid(input.classId)) return null;
  const at = input.at ?? input.now;
  const curve = curveOfDecaySql(sql`cv.decay`);
  const rows = await selectRows<{
    owned: boolean;
    topic: string | null;
    recall: number | null;
    recall_at: number | null;
    cards: number | null;
  }>(
    db,
    sql`with owned as (select id from classes where id = ${input.classId} and teacher_id = ${input.teacherId}),
        -- Each reviewed item's recall computed once, then counted under each of its tags
        -- (materialized: inlined, the planner computed both recalls again for every tag row).
        -- Each student's forgetting curve: their fitted w20, else the defaults' (card-rules.ts).
        curves as materialized (
          select e.student_id, ${studentDecaySql(sql`e.student_id`)} as decay
          from enrollments e where e.class_id = (select id from owned)
        ),
        met as materialized (
          select k.tags, ${buildRecallSql(input.now, "c", curve)} as recall, ${buildRecallSql(at, "c", curve)} as recall_at
          from item_states c
          join curves cv on cv.student_id = c.user_id
          join knowledge_items k on k.id = c.item_id
          where c.reps > 0 and c.last_review is not null
        ),
        topics as (
          select tag as topic, count(*)::int as cards, avg(m.recall)::float8 as recall, avg(m.recall_at)::float8 as recall_at
          from met m cross join lateral unnest(m.tags) as tag
          group by tag
        )
        select true as owned, t.topic, t.recall, t.recall_at, t.cards
        from owned left join topics t on true
        order by t.recall asc, t.topic collate "C"`,
  );
  if (rows.length === 0) return null;
  return rows.flatMap((r) =>
    r.topic === null || r.recall === null || r.recall_at === null || r.cards === null
      ? []
      : [{ topic: r.topic, recall: r.recall, recallAt: r.recall_at, cards: r.cards }],
  );
}
