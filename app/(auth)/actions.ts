"use server";

import { AuthError } from "next-auth";
import { getDb } from "@/db";
import { createUser, EmailTakenError } from "@/db/queries/users";
import { signIn, signOut } from "@/server/auth";
import { homePathFor } from "@/server/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { firstFieldErrors, signInSchema, signUpSchema, type FormState } from "@/lib/validation/auth";

type SignUpField = "name" | "email" | "password" | "role";
type SignInField = "email" | "password";

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
}

/** Create an account, then sign straight in. Nothing is written unless every field is valid. */
export async function signUpAction(_prev: FormState<SignUpField>, form: FormData): Promise<FormState<SignUpField>> {
  const values = { name: text(form, "name"), email: text(form, "email"), role: text(form, "role") };
  const parsed = signUpSchema.safeParse({ ...values, password: text(form, "password") });
  if (!parsed.success) {
    return { message: "Please fix the highlighted fields.", fieldErrors: firstFieldErrors(parsed.error), values };
  }
  const { password, ...profile } = parsed.data;
  try {
    await createUser(await getDb(), { ...profile, passwordHash: await hashPassword(password) });
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    return {
      message: "Please fix the highlighted fields.",
      fieldErrors: { email: "An account with this email already exists. Sign in instead?" },
      values,
    };
  }
  // signIn redirects by throwing NEXT_REDIRECT, which must propagate.
  await signIn("credentials", { email: profile.email, password, redirectTo: homePathFor(profile.role) });
  return {};
}

/** Sign in; a wrong email or password gets one message that does not say which was wrong. */
export async function signInAction(_prev: FormState<SignInField>, form: FormData): Promise<FormState<SignInField>> {
  const values = { email: text(form, "email") };
  const parsed = signInSchema.safeParse({ email: values.email, password: text(form, "password") });
  if (!parsed.success) {
    return { message: "Please fix the highlighted fields.", fieldErrors: firstFieldErrors(parsed.error), values };
  }
  try {
    await signIn("credentials", {
      ...parsed.data,
      // "/" sends each role to its own home when there is nowhere to come back to.
      redirectTo: safeCallbackPath(text(form, "callbackUrl")) ?? "/",
    });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      return { message: "That email and password do not match an account. Check them and try again.", values };
    }
    throw error;
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
