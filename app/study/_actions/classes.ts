"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { joinClassByCode, TeachingError } from "@/db/queries/classes";
import { requireUser } from "@/server/auth/guards";
import type { FormState } from "@/lib/validation/auth";
import { joinCodeSchema } from "@/lib/validation/teaching";

/** Join a class by code. Unknown, expired or already-joined codes get a message beside the field; nothing is written. */
export async function joinClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser("/study");
  const values = { code: String(form.get("code") ?? "") };
  if (user.role !== "student")
    return { message: "Please fix the highlighted field.", fieldErrors: { code: "Only student accounts can join a class." }, values };
  const code = joinCodeSchema.safeParse(form.get("code"));
  if (!code.success)
    return { message: "Please fix the highlighted field.", fieldErrors: { code: code.error.issues[0]?.message ?? "" }, values };
  let joined: { name: string };
  try {
    joined = await joinClassByCode(await getDb(), user.id, code.data, new Date());
  } catch (error) {
    if (error instanceof TeachingError)
      return { message: "Please fix the highlighted field.", fieldErrors: { code: error.message }, values };
    throw error;
  }
  revalidatePath("/study");
  redirect(`/study?joined=${encodeURIComponent(joined.name)}`);
}
