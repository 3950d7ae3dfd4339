/**
 * Each student's study settings, for their teacher (issue 16): what retention and daily new-item
 * count a student chose explains much of their workload. Only for the teacher's own class (the
 * teacher id is in the same statement); a student who never changed them shows the defaults.
 */
import { and, eq } from "drizzle-orm";
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from "@/lib/scheduling";
import type { Db } from "../client";
import { classes, enrollments, studentSettings } from "../schema";
import type { TeacherClassKey } from "./classes";

export type StudentSettingsView = Pick<StudySettings, "desiredRetention" | "newPerDay" | "reviewCap"> & { custom: boolean };

export async function listClassStudySettings(db: Db, params: TeacherClassKey): Promise<Map<string, StudentSettingsView>> {
  const rows = await db
    .select({
      studentId: enrollments.studentId,
      desiredRetention: studentSettings.desiredRetention,
      newPerDay: studentSettings.newPerDay,
      reviewCap: studentSettings.reviewCap,
    })
    .from(enrollments)
    .innerJoin(classes, and(eq(classes.id, enrollments.classId), eq(classes.teacherId, params.teacherId)))
    .leftJoin(studentSettings, eq(studentSettings.userId, enrollments.studentId))
    .where(eq(enrollments.classId, params.classId));
  return new Map(
    rows.map((r) => [
      r.studentId,
      r.desiredRetention === null || r.newPerDay === null
        ? { ...pickView(DEFAULT_STUDY_SETTINGS), custom: false }
        : {
            desiredRetention: Math.round(r.desiredRetention * 10_000) / 10_000,
            newPerDay: r.newPerDay,
            reviewCap: r.reviewCap,
            custom: true,
          },
    ]),
  );
}

const pickView = ({ desiredRetention, newPerDay, reviewCap }: StudySettings) => ({ desiredRetention, newPerDay, reviewCap });
