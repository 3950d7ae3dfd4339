"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { deleteUserAccount, findPasswordHash, updateUserEmail, updateUserName } from "@/db/queries/account";
import { defineAction } from "@/server/actions";
import { signIn, signOut, updateSession } from "@/server/auth";
import { changePasswordEverywhere } from "@/server/auth/session-check";
import { consumeRateLimit } from "@/server/rate-limit/limiter";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/errors";
import { changeEmailSchema, changeNameSchema, changePasswordSchema, deleteAccountSchema } from "@/lib/validation/account";

// Every action here acts on the signed-in user's own row: the id comes from the session, never
// from the form, so there is nothing to point at another account.

/** Checks "current password" (counted per user: no guessing the password through these forms). */
async function requireCurrentPassword(userId: string, password: string): Promise<void> {
  await consumeRateLimit("accountChangesPerUser", userId, { what: "Too many account changes.", field: "currentPassword" });
  const hash = await findPasswordHash(await getDb(), { userId });
  if (!hash || !(await verifyPassword(password, hash))) {
    throw new DomainError("That is not your current password.", "currentPassword");
  }
}

export const changeNameAction = defineAction({ name: "changeName", access: "user", input: changeNameSchema }, async ({ input, user }) => {
  await updateUserName(await getDb(), { userId: user.id, name: input.name });
  await updateSession({ user: { name: input.name } });
  revalidatePath("/", "layout");
  return { message: "Name saved." };
});

export const changeEmailAction = defineAction(
  { name: "changeEmail", access: "user", input: changeEmailSchema },
  async ({ input, user }) => {
    await requireCurrentPassword(user.id, input.currentPassword);
    await updateUserEmail(await getDb(), { userId: user.id, email: input.email });
    await updateSession({ user: { email: input.email } });
    revalidatePath("/", "layout");
    return { message: `Email changed to ${input.email}. Sign in with it from now on.` };
  },
);

/**
 * A new password ends every session (whoever knew the old one is signed out everywhere), then
 * signs this browser straight back in with the new password: only the other sessions end.
 */
export const changePasswordAction = defineAction(
  { name: "changePassword", access: "user", input: changePasswordSchema },
  async ({ input, user }) => {
    await requireCurrentPassword(user.id, input.currentPassword);
    await changePasswordEverywhere(user.id, await hashPassword(input.newPassword));
    await signIn("credentials", { email: user.email, password: input.newPassword, redirectTo: "/account?changed=password" });
  },
);

export const deleteAccountAction = defineAction(
  { name: "deleteAccount", access: "user", input: deleteAccountSchema },
  async ({ input, user }) => {
    await requireCurrentPassword(user.id, input.currentPassword);
    if (!(await deleteUserAccount(await getDb(), { userId: user.id }))) redirect("/sign-in");
    // The user row is gone, so every cookie of it is refused already; this clears this browser's.
    await signOut({ redirectTo: "/sign-in?deleted=1" });
  },
);
