"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signUpAction } from "../../actions";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signUpAction, {});
  const role = state.values?.role ?? "student";
  return (
    <form action={action} className="stack" noValidate>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
      <fieldset className="role-picker" aria-describedby={state.fieldErrors?.role ? "role-error" : undefined}>
        <legend>I am a…</legend>
        <label className="role-option">
          <input type="radio" name="role" value="student" defaultChecked={role === "student"} />
          <span>
            <strong>Student</strong>
            <small>Practise with flashcards and quizzes</small>
          </span>
        </label>
        <label className="role-option">
          <input type="radio" name="role" value="teacher" defaultChecked={role === "teacher"} />
          <span>
            <strong>Teacher</strong>
            <small>Build quiz sets and follow a class</small>
          </span>
        </label>
        {state.fieldErrors?.role && (
          <p id="role-error" className="field-error" role="alert">
            {state.fieldErrors.role}
          </p>
        )}
      </fieldset>
      <Field name="name" label="Name" autoComplete="name" required defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        required
        error={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      <p className="muted center">
        Already have an account?{" "}
        <Link href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}>Sign in</Link>
      </p>
    </form>
  );
}
