/**
 * The account page's forms: name, email, password, delete. Changing the email or password, and
 * deleting the account, need the current password: a session left open on a shared computer must
 * not be enough to take the account over or destroy it.
 */
import { z } from "zod";
import { emailSchema, signUpSchema } from "./auth";
import { textSchema } from "./text";

const currentPassword = z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200);

export const changeNameSchema = z.object({ name: signUpSchema.shape.name });

export const changeEmailSchema = z.object({ email: emailSchema, currentPassword });

export const changePasswordSchema = z
  .object({
    currentPassword,
    newPassword: signUpSchema.shape.password,
    confirmPassword: z.string({ error: "Type the new password again." }).max(200),
  })
  .superRefine((input, ctx) => {
    if (input.confirmPassword !== input.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords differ. Type the same one twice." });
    }
  });

/** The word typed to confirm a deletion: deliberate, and the same in every language of the UI for now. */
export const DELETE_CONFIRMATION = "DELETE";

export const deleteAccountSchema = z.object({
  currentPassword,
  confirmation: textSchema("Type DELETE to confirm.")
    .trim()
    .refine((value) => value === DELETE_CONFIRMATION, { error: `Type ${DELETE_CONFIRMATION} in capitals to confirm.` }),
});
