"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { submitQuizAttempt } from "@/db/queries/assignments";
import { defineAction } from "@/server/actions";
import { DomainError } from "@/lib/errors";
import { uuidSchema } from "@/lib/validation/teaching";

/** Close the caller's own attempt and return its kept score; refused when it is not theirs, or not a quiz. */
export const submitQuizAttemptAction = defineAction(
  { name: "submitQuizAttempt", access: "user", input: z.object({ assignmentId: uuidSchema }) },
  async ({ input, user }) => {
    const score = await submitQuizAttempt(await getDb(), { studentId: user.id, assignmentId: input.assignmentId });
    if (!score) throw new DomainError("This quiz could not be submitted. Reload the page to try again.");
    revalidatePath("/study");
    return { data: score };
  },
);
