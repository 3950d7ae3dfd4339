"use server";

import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { createClass, regenerateJoinCode, removeStudent, renameClass, TeachingError } from "@/db/queries/classes";
import { requireTeacher } from "@/server/auth/guards";
import { generateJoinCode, JOIN_CODE_LIFETIME_DAYS } from "@/lib/teaching/join-code";
import { firstFieldErrors, type FormState } from "@/lib/validation/auth";
import { classNameSchema, uuidSchema } from "@/lib/validation/teaching";

const newCode = () => generateJoinCode((max) => crypto.randomInt(max));
const codeExpiry = () => new Date(Date.now() + JOIN_CODE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);

function fail(error: unknown, fallbackField = "name"): FormState {
  if (error instanceof TeachingError)
    return { message: "Please fix the highlighted field.", fieldErrors: { [error.field ?? fallbackField]: error.message } };
  throw error;
}

export async function createClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = classNameSchema.safeParse(form.get("name"));
  if (!parsed.success)
    return {
      message: "Please fix the highlighted field.",
      fieldErrors: { name: parsed.error.issues[0]?.message ?? "Enter a class name." },
    };
  let id: string;
  try {
    ({ id } = await createClass(await getDb(), { teacherId: teacher.id, name: parsed.data, joinCode: newCode, expiresAt: codeExpiry() }));
  } catch (error) {
    return fail(error);
  }
  revalidatePath("/teach");
  redirect(`/teach/classes/${id}`);
}

export async function renameClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const classId = uuidSchema.safeParse(form.get("classId"));
  const name = classNameSchema.safeParse(form.get("name"));
  if (!classId.success) notFound();
  if (!name.success) return { message: "Please fix the highlighted field.", fieldErrors: firstFieldErrors(name.error) };
  try {
    if (!(await renameClass(await getDb(), teacher.id, classId.data, name.data))) notFound();
  } catch (error) {
    return fail(error);
  }
  revalidatePath(`/teach/classes/${classId.data}`);
  return { message: "Class renamed." };
}

export async function regenerateCodeAction(form: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const classId = uuidSchema.safeParse(form.get("classId"));
  if (!classId.success) notFound();
  if (!(await regenerateJoinCode(await getDb(), teacher.id, classId.data, { joinCode: newCode, expiresAt: codeExpiry() }))) notFound();
  revalidatePath(`/teach/classes/${classId.data}`);
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const classId = uuidSchema.safeParse(form.get("classId"));
  const studentId = uuidSchema.safeParse(form.get("studentId"));
  if (!classId.success || !studentId.success) notFound();
  if (!(await removeStudent(await getDb(), teacher.id, classId.data, studentId.data))) notFound();
  revalidatePath(`/teach/classes/${classId.data}`);
}
