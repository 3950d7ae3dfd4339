"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { joinClassAction } from "../_actions/classes";

export function JoinClassForm({ code }: { code?: string }) {
  return (
    <ActionForm action={joinClassAction} className="inline-form">
      {(state) => (
        <>
          <Field
            name="code"
            label="Class code"
            placeholder="e.g. K7P2QX"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            defaultValue={state.values?.code ?? code}
            required
            error={state.fieldErrors?.code}
          />
          <SubmitButton pendingLabel="Joining…">Join class</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
