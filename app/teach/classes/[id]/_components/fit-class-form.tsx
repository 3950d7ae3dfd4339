"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { fitClassAction } from "@/app/teach/_actions/fsrs-fit";

/** Starts a background fit of the class's parameters; the result shows on the next load. */
export function FitClassForm({ classId }: { classId: string }) {
  return (
    <ActionForm action={fitClassAction} className="inline-form">
      {() => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <SubmitButton pendingLabel="Starting…">Fit parameters now</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
