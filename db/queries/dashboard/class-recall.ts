/**
 * How well a class remembers each topic now: mean FSRS predicted recall over every reviewed card
 * of its enrolled students, per topic tag (the class version of the progress page's
 * listRecallByTopic). One query.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { selectRows } from "../../rows";
import { buildRecallSql } from "../card-rules";
import { isUuid } from "./shared";

export interface ClassTopicRecall {
  topic: string;
  /** Mean predicted recall now, 0–1. */
  recall: number;
  /** Reviewed (student, question) cards with this topic. */
  cards: number;
}

/** Weakest topic first (ties by name); null if the class is not the teacher's. */
export async function listClassRecallByTopic(
  db: Db,
  input: { teacherId: string; classId: string; now: Date },
): Promise<ClassTopicRecall[] | null> {
  if (!isUuid(input.teacherId) || !isUuid(input.classId)) return null;
  const rows = await selectRows<{ owned: boolean; topic: string | null; recall: number | null; cards: number | null }>(
    db,
    sql`with owned as (select id from classes where id = ${input.classId} and teacher_id = ${input.teacherId}),
        topics as (
          select tag as topic, count(*)::int as cards, avg(${buildRecallSql(input.now)})::float8 as recall
          from card_states c
          join enrollments e on e.student_id = c.user_id and e.class_id = (select id from owned)
          join questions q on q.id = c.question_id
          cross join lateral unnest(q.tags) as tag
          where c.reps > 0 and c.last_review is not null
          group by tag
        )
        select true as owned, t.topic, t.recall, t.cards
        from owned left join topics t on true
        order by t.recall asc, t.topic collate "C"`,
  );
  if (rows.length === 0) return null;
  return rows.flatMap((r) =>
    r.topic === null || r.recall === null || r.cards === null ? [] : [{ topic: r.topic, recall: r.recall, cards: r.cards }],
  );
}
