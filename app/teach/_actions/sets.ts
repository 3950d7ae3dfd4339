"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { TeachingError } from "@/db/queries/classes";
import { createSet, deleteSet, duplicateSet, getTeacherSet, pickTopicQuestions, renameSet, replaceSetItems } from "@/db/queries/quiz-sets";
import { requireTeacher } from "@/server/auth/guards";
import { firstFieldErrors, type FormState } from "@/lib/validation/auth";
import { autoBuildSchema, setNameSchema, uuidSchema } from "@/lib/validation/teaching";

/** New set: "N questions on topic X", then edited on the set's page. */
export async function createSetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const values = { name: form.get("name"), topic: form.get("topic"), count: form.get("count") };
  const parsed = autoBuildSchema.safeParse(values);
  if (!parsed.success) return { message: "Please fix the highlighted fields.", fieldErrors: firstFieldErrors(parsed.error) };
  const db = await getDb();
  let id: string;
  try {
    id = await createSet(db, teacher.id, parsed.data.name, await pickTopicQuestions(db, parsed.data.topic, parsed.data.count));
  } catch (error) {
    if (error instanceof TeachingError)
      return { message: "Please fix the highlighted fields.", fieldErrors: { topic: "No questions on this topic yet. Choose another." } };
    throw error;
  }
  revalidatePath("/teach");
  redirect(`/teach/sets/${id}`);
}

async function ownedSetId(form: FormData): Promise<{ teacherId: string; setId: string }> {
  const teacher = await requireTeacher();
  const setId = uuidSchema.safeParse(form.get("setId"));
  if (!setId.success) notFound();
  return { teacherId: teacher.id, setId: setId.data };
}

export async function renameSetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { teacherId, setId } = await ownedSetId(form);
  const name = setNameSchema.safeParse(form.get("name"));
  if (!name.success) return { message: "Please fix the highlighted field.", fieldErrors: { name: name.error.issues[0]?.message ?? "" } };
  if (!(await renameSet(await getDb(), teacherId, setId, name.data))) notFound();
  revalidatePath(`/teach/sets/${setId}`);
  return { message: "Set renamed." };
}

export async function duplicateSetAction(form: FormData): Promise<void> {
  const { teacherId, setId } = await ownedSetId(form);
  const copy = await duplicateSet(await getDb(), teacherId, setId);
  if (!copy) notFound();
  revalidatePath("/teach");
  redirect(`/teach/sets/${copy}`);
}

export async function deleteSetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { teacherId, setId } = await ownedSetId(form);
  try {
    if (!(await deleteSet(await getDb(), teacherId, setId))) notFound();
  } catch (error) {
    if (error instanceof TeachingError) return { message: error.message };
    throw error;
  }
  revalidatePath("/teach");
  redirect("/teach");
}

const editSchema = z.object({
  op: z.enum(["up", "down", "remove", "add"]),
  questionId: z.string().min(1).max(64),
});

/** Reorder, remove or add one question: the new order is written whole, owner-checked. */
export async function editSetItemsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { teacherId, setId } = await ownedSetId(form);
  const edit = editSchema.safeParse({ op: form.get("op"), questionId: form.get("questionId") });
  if (!edit.success) return { message: "That change is not valid." };
  const db = await getDb();
  const set = await getTeacherSet(db, teacherId, setId);
  if (!set) notFound();
  const ids = set.items.map((q) => q.id);
  const at = ids.indexOf(edit.data.questionId);
  const { op, questionId } = edit.data;
  if (op === "add" && at === -1) ids.push(questionId);
  else if (op === "remove" && at !== -1) ids.splice(at, 1);
  else if ((op === "up" && at > 0) || (op === "down" && at !== -1 && at < ids.length - 1)) {
    const to = op === "up" ? at - 1 : at + 1;
    [ids[at], ids[to]] = [ids[to] ?? "", ids[at] ?? ""];
  } else return { message: op === "add" ? "That question is already in the set." : "Nothing to change." };
  try {
    await replaceSetItems(db, teacherId, setId, ids);
  } catch (error) {
    if (error instanceof TeachingError) return { message: error.message };
    throw error;
  }
  revalidatePath(`/teach/sets/${setId}`);
  return {};
}
