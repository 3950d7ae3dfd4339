"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { createSet, deleteSet, duplicateSet, getTeacherSet, pickTopicQuestions, renameSet, replaceSetItems } from "@/db/queries/quiz-sets";
import { defineAction } from "@/server/actions";
import { DomainError } from "@/lib/errors";
import { applySetEdit, SET_EDIT_OPS } from "@/lib/teaching/set-items";
import { autoBuildSchema, setNameSchema, uuidSchema } from "@/lib/validation/teaching";

// Every query below puts the teacher's id in its WHERE clause: another teacher's set id matches
// nothing, and the answer is the same 404 as for an id that does not exist.

/** New set: "N questions on topic X", then edited on the set's page. */
export const createSetAction = defineAction(
  { name: "createSet", access: "teacher", input: autoBuildSchema },
  async ({ input: { name, topic, count }, user }) => {
    const db = await getDb();
    const questionIds = await pickTopicQuestions(db, { teacherId: user.id, topic, count });
    if (questionIds.length === 0) throw new DomainError("No questions on this topic yet. Choose another.", "topic");
    const id = await createSet(db, { teacherId: user.id, name, questionIds });
    revalidatePath("/teach");
    redirect(`/teach/sets/${id}`);
  },
);

export const renameSetAction = defineAction(
  { name: "renameSet", access: "teacher", input: z.object({ setId: uuidSchema, name: setNameSchema }) },
  async ({ input: { setId, name }, user }) => {
    if (!(await renameSet(await getDb(), { teacherId: user.id, setId, name }))) notFound();
    revalidatePath(`/teach/sets/${setId}`);
    return { message: "Set renamed." };
  },
);

export const duplicateSetAction = defineAction(
  { name: "duplicateSet", access: "teacher", input: z.object({ setId: uuidSchema }) },
  async ({ input: { setId }, user }) => {
    const copy = await duplicateSet(await getDb(), { teacherId: user.id, setId });
    if (!copy) notFound();
    revalidatePath("/teach");
    redirect(`/teach/sets/${copy}`);
  },
);

/** Delete a set; refused (a DomainError, shown as the message) while a class has it assigned. */
export const deleteSetAction = defineAction(
  { name: "deleteSet", access: "teacher", input: z.object({ setId: uuidSchema }) },
  async ({ input: { setId }, user }) => {
    if (!(await deleteSet(await getDb(), { teacherId: user.id, setId }))) notFound();
    revalidatePath("/teach");
    redirect("/teach");
  },
);

/** Reorder, remove or add one question (lib/teaching/set-items.ts): the new order is written whole, owner-checked. */
export const editSetItemsAction = defineAction(
  {
    name: "editSetItems",
    access: "teacher",
    input: z.object({ setId: uuidSchema, op: z.enum(SET_EDIT_OPS), questionId: z.string().min(1).max(64) }),
  },
  async ({ input: { setId, op, questionId }, user }) => {
    const db = await getDb();
    const set = await getTeacherSet(db, { teacherId: user.id, setId });
    if (!set) notFound();
    const questionIds = applySetEdit(
      set.items.map((q) => q.id),
      { op, questionId },
    );
    if (!(await replaceSetItems(db, { teacherId: user.id, setId, questionIds }))) notFound();
    revalidatePath(`/teach/sets/${setId}`);
  },
);
