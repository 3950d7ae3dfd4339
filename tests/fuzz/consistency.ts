/**
 * After the fuzz run: the database must still make sense, and the bystander's rows (a teacher
 * whose session the fuzzer never had, but whose ids it sent everywhere) must be untouched.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { selectRows } from "@/db/rows";

export interface Bystander {
  userId: string;
  classId: string;
  className: string;
  joinCode: string;
  setId: string;
  setName: string;
}

/** Every broken rule, as a sentence (none: consistent). */
export async function findInconsistencies(db: Db, bystander: Bystander): Promise<string[]> {
  const problems: string[] = [];
  const check = async (what: string, query: ReturnType<typeof sql>) => {
    const rows = await selectRows<Record<string, unknown>>(db, query);
    if (rows.length > 0) problems.push(`${what}: ${JSON.stringify(rows.slice(0, 3))}`);
  };
  await check(
    "a quiz set with no questions, or with gaps in its order",
    sql`select s.id, count(i.question_id)::int as n, coalesce(max(i.position), -1) as last
          from quiz_sets s left join quiz_set_items i on i.set_id = s.id
         group by s.id having count(i.question_id) = 0 or max(i.position) <> count(i.question_id) - 1 or min(i.position) <> 0`,
  );
  await check(
    "an enrollment of a non-student",
    sql`select e.class_id, e.student_id from enrollments e join users u on u.id = e.student_id where u.role <> 'student'`,
  );
  await check(
    "a class owned by a non-teacher",
    sql`select c.id from classes c join users u on u.id = c.teacher_id where u.role <> 'teacher'`,
  );
  await check(
    "a quiz set owned by a non-teacher",
    sql`select s.id from quiz_sets s join users u on u.id = s.teacher_id where u.role <> 'teacher'`,
  );
  await check(
    "an assignment of one teacher's set to another teacher's class",
    sql`select a.id from assignments a join classes c on c.id = a.class_id join quiz_sets s on s.id = a.set_id where c.teacher_id <> s.teacher_id`,
  );
  await check("a user email not stored lower-case", sql`select id from users where email <> lower(trim(email))`);
  await check(
    "the bystander's class changed",
    sql`select id, name, join_code from classes where teacher_id = ${bystander.userId}
         and not (id = ${bystander.classId} and name = ${bystander.className} and join_code = ${bystander.joinCode})`,
  );
  await check(
    "the bystander's set changed",
    sql`select id, name from quiz_sets where teacher_id = ${bystander.userId}
         and not (id = ${bystander.setId} and name = ${bystander.setName} and updated_at = created_at)`,
  );
  const [kept] = await selectRows<{ classes: number; sets: number }>(
    db,
    sql`select (select count(*)::int from classes where id = ${bystander.classId}) as classes,
               (select count(*)::int from quiz_sets where id = ${bystander.setId}) as sets`,
  );
  if (kept?.classes !== 1 || kept.sets !== 1) problems.push("the bystander's class or set is gone");
  await check("someone enrolled in the bystander's class", sql`select student_id from enrollments where class_id = ${bystander.classId}`);
  return problems;
}
