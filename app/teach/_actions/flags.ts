"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { clearQuestionFlag, flagQuestion } from "@/db/queries/question-flags";
import { defineAction } from "@/server/actions";
import { DomainError } from "@/lib/errors";
import { flagQuestionSchema, questionIdSchema } from "@/lib/validation/flags";

// A flag is the teacher's own: both queries put the teacher's id in the statement that writes, so
// no form can reach another teacher's flag, and a flag on a retired or unknown question writes nothing.

/** Flag a question (or change the teacher's flag on it): it leaves the teacher's sets' sessions at once. */
export const flagQuestionAction = defineAction(
  { name: "flagQuestion", access: "teacher", input: flagQuestionSchema },
  async ({ input, user }) => {
    await flagQuestion(await getDb(), { teacherId: user.id, ...input });
    revalidatePath("/teach", "layout");
    return { message: "Flagged. Your classes will not see this question until you clear the flag." };
  },
);

/** Clear (resolve) the teacher's own flag: the question is served in their sets again. */
export const clearFlagAction = defineAction(
  { name: "clearFlag", access: "teacher", input: z.object({ questionId: questionIdSchema }) },
  async ({ input, user }) => {
    if (!(await clearQuestionFlag(await getDb(), { teacherId: user.id, questionId: input.questionId }))) {
      throw new DomainError("You have no open flag on this question. Reload the page.");
    }
    revalidatePath("/teach", "layout");
    return { message: "Flag cleared. The question is back in your sets' sessions." };
  },
);
