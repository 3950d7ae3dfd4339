"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { submitQuizAttempt } from "@/db/queries/assignments";
import { requireUser } from "@/server/auth/guards";
import { uuidSchema } from "@/lib/validation/teaching";

/** Close the caller's own attempt and return its kept score (null: not theirs, or not a quiz). */
export async function submitQuizAttemptAction(assignmentId: string): Promise<{ correct: number; total: number } | null> {
  const user = await requireUser();
  const id = uuidSchema.safeParse(assignmentId);
  if (!id.success) return null;
  const score = await submitQuizAttempt(await getDb(), user.id, id.data);
  revalidatePath("/study");
  return score;
}
