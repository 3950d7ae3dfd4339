"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { createAssignment, deleteAssignment } from "@/db/queries/assignments";
import { defineAction } from "@/server/actions";
import { assertDueInFuture } from "@/lib/teaching/due-date";
import { assignmentSchema, localDateTimeToInstant, uuidSchema } from "@/lib/validation/teaching";

export const assignSetAction = defineAction(
  { name: "assignSet", access: "teacher", input: assignmentSchema },
  async ({ input: { classId, setId, dueAt, utcOffset, isQuiz }, user }) => {
    const due = localDateTimeToInstant(dueAt, utcOffset);
    assertDueInFuture(due, new Date());
    // Null: not this teacher's class. A set that is not theirs is a DomainError on setId.
    if (!(await createAssignment(await getDb(), { teacherId: user.id, classId, setId, dueAt: due, isQuiz }))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
    return { message: "Assigned. Students see it on their home page now." };
  },
);

export const deleteAssignmentAction = defineAction(
  { name: "deleteAssignment", access: "teacher", input: z.object({ assignmentId: uuidSchema, classId: uuidSchema }) },
  async ({ input: { assignmentId, classId }, user }) => {
    if (!(await deleteAssignment(await getDb(), { teacherId: user.id, assignmentId }))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
  },
);
