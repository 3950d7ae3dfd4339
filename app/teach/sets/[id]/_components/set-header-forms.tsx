"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteSetAction, renameSetAction } from "@/app/teach/_actions/sets";

export function RenameSetForm({ setId, name }: { setId: string; name: string }) {
  return (
    <ActionForm action={renameSetAction} className="inline-form">
      {(state) => (
        <>
          <input type="hidden" name="setId" value={setId} />
          <Field name="name" label="Set name" defaultValue={name} required error={state.fieldErrors?.name} />
          <SubmitButton pendingLabel="Saving…">Rename</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteSetForm({ setId }: { setId: string }) {
  return (
    <ActionForm action={deleteSetAction}>
      {() => (
        <>
          <input type="hidden" name="setId" value={setId} />
          <button type="submit" className="button button-danger">
            Delete set
          </button>
        </>
      )}
    </ActionForm>
  );
}
