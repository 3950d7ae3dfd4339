"use server";

import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { createClass, regenerateJoinCode, removeStudent, renameClass } from "@/db/queries/classes";
import { defineAction } from "@/server/actions";
import { generateJoinCode, JOIN_CODE_LIFETIME_DAYS } from "@/lib/teaching/join-code";
import { classNameSchema, uuidSchema } from "@/lib/validation/teaching";

const newCode = () => generateJoinCode((max) => crypto.randomInt(max));
const codeExpiry = () => new Date(Date.now() + JOIN_CODE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);

// Every query below puts the teacher's id in its WHERE clause: another teacher's class id matches
// nothing, and the answer is the same 404 as for an id that does not exist.

export const createClassAction = defineAction(
  { name: "createClass", access: "teacher", input: z.object({ name: classNameSchema }) },
  async ({ input, user }) => {
    const { id } = await createClass(await getDb(), { teacherId: user.id, name: input.name, joinCode: newCode, expiresAt: codeExpiry() });
    revalidatePath("/teach");
    redirect(`/teach/classes/${id}`);
  },
);

export const renameClassAction = defineAction(
  { name: "renameClass", access: "teacher", input: z.object({ classId: uuidSchema, name: classNameSchema }) },
  async ({ input: { classId, name }, user }) => {
    if (!(await renameClass(await getDb(), { teacherId: user.id, classId, name }))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
    return { message: "Class renamed." };
  },
);

export const regenerateCodeAction = defineAction(
  { name: "regenerateCode", access: "teacher", input: z.object({ classId: uuidSchema }) },
  async ({ input: { classId }, user }) => {
    const code = await regenerateJoinCode(await getDb(), { teacherId: user.id, classId, joinCode: newCode, expiresAt: codeExpiry() });
    if (!code) notFound();
    revalidatePath(`/teach/classes/${classId}`);
  },
);

export const removeStudentAction = defineAction(
  { name: "removeStudent", access: "teacher", input: z.object({ classId: uuidSchema, studentId: uuidSchema }) },
  async ({ input: { classId, studentId }, user }) => {
    if (!(await removeStudent(await getDb(), { teacherId: user.id, classId, studentId }))) notFound();
    revalidatePath(`/teach/classes/${classId}`);
  },
);
