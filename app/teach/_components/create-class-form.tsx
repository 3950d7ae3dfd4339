"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createClassAction } from "../_actions/classes";

export function CreateClassForm() {
  return (
    <ActionForm action={createClassAction} className="inline-form">
      {(state) => (
        <>
          <Field
            id="new-class-name"
            name="name"
            label="New class name"
            placeholder="e.g. Year 11 History"
            required
            error={state.fieldErrors?.name}
          />
          <SubmitButton pendingLabel="Creating…">Create class</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
