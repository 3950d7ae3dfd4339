import { z } from "zod";
import { USER_ROLES } from "@/lib/domain";
import { textSchema } from "./text";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }))
  .transform((email) => email.toLowerCase());

export const signUpSchema = z.object({
  name: textSchema("Enter your name.").trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password." })
    .min(8, "Use at least 8 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
  role: z.enum(USER_ROLES, { error: "Choose whether you are a student or a teacher." }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});
