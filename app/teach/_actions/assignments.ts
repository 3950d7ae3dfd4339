"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { createAssignment, deleteAssignment, setStudentQuizOptions, updateAssignmentDue } from "@/db/queries/assignments";
import { defineAction } from "@/server/actions";
import { assertDueInFuture } from "@/lib/teaching/due-date";
import { DomainError } from "@/lib/errors";
import {
  assignmentSchema,
  dueDateEditSchema,
  localDateTimeToInstant,
  studentQuizOptionsSchema,
  uuidSchema,
} from "@/lib/validation/teaching";

export const assignSetAction = defineAction(
  { name: "assignSet", access: "teacher", input: assignmentSchema },
  async ({ input: { classId, setId, dueAt, utcOffset, isQuiz, shuffle, feedback, timeLimitMinutes, maxAttempts }, user }) => {
    const due = localDateTimeToInstant(dueAt, utcOffset);
    assertDueInFuture(due, new Date());
    // The quiz options mean nothing for practice: a practice assignment keeps the defaults.
    const options = isQuiz ? { shuffle, feedback, timeLimitMinutes: timeLimitMinutes ?? null, maxAttempts: maxAttempts ?? 1 } : {};
    // Null: not this teacher's class. A set that is not theirs is a DomainError on setId.
    if (!(await createAssignment(await getDb(), { teacherId: user.id, classId, setId, dueAt: due, isQuiz, ...options }))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
    return { message: "Assigned. Students see it on their home page now." };
  },
);

/** Move an assignment's due date (it must stay in the future). */
export const editDueDateAction = defineAction(
  { name: "editDueDate", access: "teacher", input: dueDateEditSchema },
  async ({ input: { classId, assignmentId, dueAt, utcOffset }, user }) => {
    const due = localDateTimeToInstant(dueAt, utcOffset);
    assertDueInFuture(due, new Date());
    if (!(await updateAssignmentDue(await getDb(), { teacherId: user.id, assignmentId, dueAt: due }))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
    revalidatePath(`/teach/classes/${classId}/assignments/${assignmentId}`);
    return { message: "Due date changed. Students see the new date now." };
  },
);

/** Extra time for one student on a scored quiz, and/or one more attempt (reopen). */
export const studentQuizOptionsAction = defineAction(
  { name: "studentQuizOptions", access: "teacher", input: studentQuizOptionsSchema },
  async ({ input: { classId, assignmentId, studentId, extraMinutes, reopen }, user }) => {
    if (extraMinutes === undefined && !reopen) throw new DomainError("Enter extra minutes or tick “one more attempt”.", "extraMinutes");
    const done = await setStudentQuizOptions(await getDb(), { teacherId: user.id, assignmentId, studentId, extraMinutes, reopen });
    if (!done) throw new DomainError("Choose a student of this class.", "studentId");
    revalidatePath(`/teach/classes/${classId}/assignments/${assignmentId}`);
    return {
      message: reopen
        ? "Reopened: the student can take the quiz once more."
        : "Saved. The extra time applies to the student's next attempt.",
    };
  },
);

export const deleteAssignmentAction = defineAction(
  { name: "deleteAssignment", access: "teacher", input: z.object({ assignmentId: uuidSchema, classId: uuidSchema }) },
  async ({ input: { assignmentId, classId }, user }) => {
    if (!(await deleteAssignment(await getDb(), { teacherId: user.id, assignmentId }))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
  },
);
