/**
 * Classes and enrollments. Every teacher-side function takes the teacher's id and puts it in the
 * WHERE clause of the same statement that reads or writes, so a guessed or copied class id from
 * another teacher matches nothing (and the caller answers "not found").
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { isUniqueViolation } from "../errors";
import { assignments, classes, enrollments, users } from "../schema";
import { recountAssignmentStats } from "./dashboard/aggregates";

/** One of a teacher's classes: both ids, so neither can be passed in the other's place. */
export interface TeacherClassKey {
  teacherId: string;
  classId: string;
}

export interface TeacherClass {
  id: string;
  name: string;
  joinCode: string;
  joinCodeExpiresAt: Date;
  students: number;
}

const teacherClassColumns = {
  id: classes.id,
  name: classes.name,
  joinCode: classes.joinCode,
  joinCodeExpiresAt: classes.joinCodeExpiresAt,
  students: sql<number>`(select count(*)::int from ${enrollments} where ${enrollments.classId} = ${classes.id})`,
};

export async function createClass(
  db: Db,
  input: { teacherId: string; name: string; joinCode: () => string; expiresAt: Date },
): Promise<{ id: string; joinCode: string }> {
  // A fresh code collides with an existing one about once in a hundred million; retry then.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const [row] = await db
        .insert(classes)
        .values({ teacherId: input.teacherId, name: input.name, joinCode: input.joinCode(), joinCodeExpiresAt: input.expiresAt })
        .returning({ id: classes.id, joinCode: classes.joinCode });
      if (row) return row;
    } catch (error) {
      if (isUniqueViolation(error, "classes_teacher_name_key")) {
        throw new DomainError("You already have a class with this name. Choose another name.", "name");
      }
      if (!isUniqueViolation(error, "classes_join_code_key")) throw error;
    }
  }
  throw new Error("could not find a free join code");
}

export async function listTeacherClasses(db: Db, teacherId: string): Promise<TeacherClass[]> {
  return db.select(teacherClassColumns).from(classes).where(eq(classes.teacherId, teacherId)).orderBy(asc(classes.name));
}

export async function getTeacherClass(db: Db, { teacherId, classId }: TeacherClassKey): Promise<TeacherClass | null> {
  const [row] = await db
    .select(teacherClassColumns)
    .from(classes)
    .where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)));
  return row ?? null;
}

export async function listClassStudents(db: Db, { teacherId, classId }: TeacherClassKey) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, joinedAt: enrollments.joinedAt })
    .from(enrollments)
    .innerJoin(classes, and(eq(classes.id, enrollments.classId), eq(classes.teacherId, teacherId)))
    .innerJoin(users, eq(users.id, enrollments.studentId))
    .where(eq(enrollments.classId, classId))
    .orderBy(asc(users.name));
}

export async function renameClass(db: Db, { teacherId, classId, name }: TeacherClassKey & { name: string }): Promise<boolean> {
  try {
    const rows = await db
      .update(classes)
      .set({ name })
      .where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)))
      .returning({ id: classes.id });
    return rows.length === 1;
  } catch (error) {
    if (isUniqueViolation(error, "classes_teacher_name_key")) {
      throw new DomainError("You already have a class with this name. Choose another name.", "name");
    }
    throw error;
  }
}

export async function regenerateJoinCode(
  db: Db,
  { teacherId, classId, joinCode, expiresAt }: TeacherClassKey & { joinCode: () => string; expiresAt: Date },
): Promise<string | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const [row] = await db
        .update(classes)
        .set({ joinCode: joinCode(), joinCodeExpiresAt: expiresAt })
        .where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)))
        .returning({ joinCode: classes.joinCode });
      return row?.joinCode ?? null;
    } catch (error) {
      if (!isUniqueViolation(error, "classes_join_code_key")) throw error;
    }
  }
  throw new Error("could not find a free join code");
}

/** Remove a student from one of the teacher's classes; false when nothing matched. */
export async function removeStudent(db: Db, { teacherId, classId, studentId }: TeacherClassKey & { studentId: string }): Promise<boolean> {
  const rows = await db
    .delete(enrollments)
    .where(
      and(
        eq(enrollments.classId, classId),
        eq(enrollments.studentId, studentId),
        sql`exists (select 1 from ${classes} where ${classes.id} = ${enrollments.classId} and ${classes.teacherId} = ${teacherId})`,
      ),
    )
    .returning({ studentId: enrollments.studentId });
  return rows.length === 1;
}

/** A student joins by code. Unknown, expired and already-joined codes are refused with a reason. */
export async function joinClassByCode(
  db: Db,
  { studentId, code, now }: { studentId: string; code: string; now: Date },
): Promise<{ classId: string; name: string }> {
  const [found] = await db
    .select({ id: classes.id, name: classes.name, expiresAt: classes.joinCodeExpiresAt })
    .from(classes)
    .where(eq(classes.joinCode, code));
  if (!found) throw new DomainError("No class has this code. Check it with your teacher.", "code");
  if (found.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError("This code has expired. Ask your teacher for a new one.", "code");
  }
  const joined = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(enrollments)
      .values({ classId: found.id, studentId })
      .onConflictDoNothing()
      .returning({ classId: enrollments.classId });
    if (inserted.length === 0) return false;
    // What the student practised before joining counts toward the class's assignments (from each one's start).
    await recountAssignmentStats(tx as unknown as Db, {
      userIds: [studentId],
      assignmentIds: (await tx.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, found.id))).map((a) => a.id),
    });
    return true;
  });
  if (!joined) throw new DomainError(`You are already in ${found.name}.`, "code");
  return { classId: found.id, name: found.name };
}

export async function listStudentClasses(db: Db, studentId: string) {
  return db
    .select({ id: classes.id, name: classes.name, teacher: users.name })
    .from(enrollments)
    .innerJoin(classes, eq(classes.id, enrollments.classId))
    .innerJoin(users, eq(users.id, classes.teacherId))
    .where(eq(enrollments.studentId, studentId))
    .orderBy(asc(classes.name));
}
