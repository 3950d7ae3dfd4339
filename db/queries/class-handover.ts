/**
 * A teacher leaving: hand a class over to another teacher, or delete it. Both check ownership in
 * the same transaction that changes the rows (another teacher's class id matches nothing).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { isUniqueViolation } from "../errors";
import { assignments, classes, quizSetItems, quizSets, users } from "../schema";
import type { TeacherClassKey } from "./classes";
import { normalizeEmail } from "./users";

/**
 * Give one of the teacher's classes to another teacher (by email). The sets its assignments use
 * stay the old teacher's; the new teacher gets a copy of each and the assignments point at the
 * copies, so the old teacher can later delete their sets (or account) without breaking the class.
 * Returns false when the class is not this teacher's.
 */
export async function handOverClass(db: Db, params: TeacherClassKey & { toEmail: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ id: classes.id })
      .from(classes)
      .where(and(eq(classes.id, params.classId), eq(classes.teacherId, params.teacherId)))
      .for("update");
    if (!owned) return false;
    const [target] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(users.email, normalizeEmail(params.toEmail)));
    if (!target || target.role !== "teacher") throw new DomainError("No teacher account has this email. Check it with them.", "email");
    if (target.id === params.teacherId) throw new DomainError("That is your own email. Enter the other teacher's.", "email");

    const used = await tx
      .selectDistinct({ setId: assignments.setId, name: quizSets.name })
      .from(assignments)
      .innerJoin(quizSets, eq(quizSets.id, assignments.setId))
      .where(eq(assignments.classId, params.classId));
    for (const set of used) {
      const [copy] = await tx.insert(quizSets).values({ teacherId: target.id, name: set.name }).returning({ id: quizSets.id });
      if (!copy) throw new Error("set copy not inserted");
      await tx.execute(
        sql`insert into ${quizSetItems} (set_id, question_id, position)
            select ${copy.id}, question_id, position from ${quizSetItems} where set_id = ${set.setId}`,
      );
      await tx
        .update(assignments)
        .set({ setId: copy.id })
        .where(and(eq(assignments.classId, params.classId), inArray(assignments.setId, [set.setId])));
    }
    try {
      await tx.update(classes).set({ teacherId: target.id }).where(eq(classes.id, params.classId));
    } catch (error) {
      if (isUniqueViolation(error, "classes_teacher_name_key")) {
        throw new DomainError("That teacher already has a class with this name. Rename this one first.", "email");
      }
      throw error;
    }
    return true;
  });
}

/**
 * Delete one of the teacher's classes: its enrollments, assignments and quiz attempts go with it;
 * the students keep their reviews and memory (their assignment tag becomes empty).
 */
export async function deleteClass(db: Db, params: TeacherClassKey): Promise<boolean> {
  const rows = await db
    .delete(classes)
    .where(and(eq(classes.id, params.classId), eq(classes.teacherId, params.teacherId)))
    .returning({ id: classes.id });
  return rows.length === 1;
}
