"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { createAssignment, deleteAssignment } from "@/db/queries/assignments";
import { TeachingError } from "@/db/queries/classes";
import { requireTeacher } from "@/server/auth/guards";
import { firstFieldErrors, type FormState } from "@/lib/validation/auth";
import { assignmentSchema, localDateTimeToInstant, uuidSchema } from "@/lib/validation/teaching";

export async function assignSetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = assignmentSchema.safeParse({
    classId: form.get("classId"),
    setId: form.get("setId"),
    dueAt: form.get("dueAt"),
    utcOffset: form.get("utcOffset") ?? 0,
    isQuiz: form.get("isQuiz") ?? false,
  });
  if (!parsed.success) return { message: "Please fix the highlighted fields.", fieldErrors: firstFieldErrors(parsed.error) };
  const { classId, setId, dueAt, utcOffset, isQuiz } = parsed.data;
  try {
    const id = await createAssignment(
      await getDb(),
      teacher.id,
      { classId, setId, dueAt: localDateTimeToInstant(dueAt, utcOffset), isQuiz },
      new Date(),
    );
    if (!id) notFound();
  } catch (error) {
    if (error instanceof TeachingError)
      return { message: "Please fix the highlighted fields.", fieldErrors: { [error.field ?? "setId"]: error.message } };
    throw error;
  }
  revalidatePath(`/teach/classes/${classId}`);
  return { message: "Assigned. Students see it on their home page now." };
}

export async function deleteAssignmentAction(form: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const assignmentId = uuidSchema.safeParse(form.get("assignmentId"));
  const classId = uuidSchema.safeParse(form.get("classId"));
  if (!assignmentId.success || !classId.success) notFound();
  if (!(await deleteAssignment(await getDb(), teacher.id, assignmentId.data))) notFound();
  revalidatePath(`/teach/classes/${classId.data}`);
}
