"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeEmailAction, changeNameAction, changePasswordAction, deleteAccountAction } from "@/app/account/_actions/account";
import { DELETE_CONFIRMATION } from "@/lib/validation/account";

/** Every change to the account asks for the current password; each form gives its field its own id. */
function CurrentPasswordField({ id, error }: { id: string; error?: string }) {
  return (
    <Field name="currentPassword" id={id} type="password" label="Current password" autoComplete="current-password" required error={error} />
  );
}

export function ChangeNameForm({ name }: { name: string }) {
  return (
    <ActionForm action={changeNameAction} className="stack">
      {(state) => (
        <>
          <Field
            name="name"
            label="Display name"
            autoComplete="name"
            defaultValue={state.values?.name ?? name}
            required
            error={state.fieldErrors?.name}
          />
          <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  return (
    <ActionForm action={changeEmailAction} className="stack">
      {(state) => (
        <>
          <Field
            name="email"
            type="email"
            label="Email"
            autoComplete="email"
            defaultValue={state.values?.email ?? email}
            required
            error={state.fieldErrors?.email}
          />
          <CurrentPasswordField id="email-current-password" error={state.fieldErrors?.currentPassword} />
          <SubmitButton pendingLabel="Saving…">Change email</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} className="stack">
      {(state) => (
        <>
          <CurrentPasswordField id="password-current-password" error={state.fieldErrors?.currentPassword} />
          <Field
            name="newPassword"
            type="password"
            label="New password"
            hint="At least 8 characters."
            autoComplete="new-password"
            required
            error={state.fieldErrors?.newPassword}
          />
          <Field
            name="confirmPassword"
            type="password"
            label="New password again"
            autoComplete="new-password"
            required
            error={state.fieldErrors?.confirmPassword}
          />
          <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteAccountForm() {
  return (
    <ActionForm action={deleteAccountAction} className="stack">
      {(state) => (
        <>
          <CurrentPasswordField id="delete-current-password" error={state.fieldErrors?.currentPassword} />
          <Field
            name="confirmation"
            label={`Type ${DELETE_CONFIRMATION} to confirm`}
            autoComplete="off"
            autoCapitalize="characters"
            required
            error={state.fieldErrors?.confirmation}
          />
          <SubmitButton pendingLabel="Deleting…" danger>
            Delete my account
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
