"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteClassAction, handOverClassAction } from "@/app/teach/_actions/class-handover";

/** Give the class to another teacher: its students, assignments and figures go with it. */
export function HandOverClassForm({ classId }: { classId: string }) {
  return (
    <ActionForm action={handOverClassAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <Field
            name="email"
            id="handover-email"
            type="email"
            label="Hand over to (the other teacher's email)"
            defaultValue={state.values?.email}
            required
            error={state.fieldErrors?.email}
          />
          <SubmitButton pendingLabel="Handing over…">Hand over class</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Delete the class for good; the students keep their own reviews and memory. */
export function DeleteClassForm({ classId, name }: { classId: string; name: string }) {
  return (
    <ActionForm action={deleteClassAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="className" value={name} />
          <Field
            name="confirmName"
            id="delete-class-name"
            label={`Type "${name}" to delete the class`}
            autoComplete="off"
            required
            error={state.fieldErrors?.confirmName}
          />
          <SubmitButton pendingLabel="Deleting…" danger>
            Delete class
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
