"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { deleteClass, handOverClass } from "@/db/queries/class-handover";
import { defineAction } from "@/server/actions";
import { DomainError } from "@/lib/errors";
import { emailSchema } from "@/lib/validation/auth";
import { textSchema } from "@/lib/validation/text";
import { uuidSchema } from "@/lib/validation/teaching";

// Both queries check the class is this teacher's inside the same transaction/statement; another
// teacher's class id gets the same 404 as an unknown one.

export const handOverClassAction = defineAction(
  { name: "handOverClass", access: "teacher", input: z.object({ classId: uuidSchema, email: emailSchema }) },
  async ({ input, user }) => {
    if (!(await handOverClass(await getDb(), { teacherId: user.id, classId: input.classId, toEmail: input.email }))) notFound();
    revalidatePath("/teach");
    redirect("/teach?handedOver=1");
  },
);

export const deleteClassAction = defineAction(
  {
    name: "deleteClass",
    access: "teacher",
    input: z.object({
      classId: uuidSchema,
      className: textSchema().max(200),
      confirmName: textSchema("Type the class's name to confirm.").max(200),
    }),
  },
  async ({ input, user }) => {
    if (input.confirmName.trim() !== input.className) {
      throw new DomainError("Type the class's name exactly as shown to confirm.", "confirmName");
    }
    if (!(await deleteClass(await getDb(), { teacherId: user.id, classId: input.classId }))) notFound();
    revalidatePath("/teach");
    redirect("/teach?deleted=1");
  },
);
