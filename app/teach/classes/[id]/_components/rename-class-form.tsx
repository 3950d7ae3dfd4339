"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { renameClassAction } from "@/app/teach/_actions/classes";

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  return (
    <ActionForm action={renameClassAction} className="inline-form">
      {(state) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <Field name="name" label="Class name" defaultValue={name} required error={state.fieldErrors?.name} />
          <SubmitButton pendingLabel="Saving…">Rename</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
