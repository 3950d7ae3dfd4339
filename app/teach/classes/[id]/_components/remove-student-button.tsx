"use client";

import { useActionState, useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { removeStudentAction } from "@/app/teach/_actions/classes";
import { useIsClient } from "@/components/ui/use-is-client";

/**
 * "Remove" beside a student, confirmed in a native modal <dialog> that names the student and says
 * what removal does. showModal() gives the focus trap, Escape to cancel and the return of focus to
 * the button for free; the trigger stays disabled until hydration so an early tap is never lost.
 */
export function RemoveStudentButton({
  classId,
  klassName,
  studentId,
  studentName,
}: {
  classId: string;
  /** The class's name ("className" would read as a CSS class). */
  klassName: string;
  studentId: string;
  studentName: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const isClient = useIsClient();
  const [state, formAction] = useActionState(removeStudentAction, {});
  return (
    <>
      <button
        type="button"
        // Quiet: one per student, a column of solid red buttons drowned the names.
        className="button button-quiet button-danger"
        disabled={!isClient}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        Remove<span className="visually-hidden"> {studentName}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>
          Remove {studentName} from {klassName}?
        </h2>
        {/* What removeStudent (db/queries/classes.ts) does: it deletes the enrolment row, nothing else. */}
        <p>
          They leave the class: its assignments go from their study home, and they drop out of this class&apos;s dashboards and figures.
        </p>
        <p className="muted">
          Their reviews, memory and quiz attempts stay in their own account. If they join again with the code, their work on this
          class&apos;s assignments counts again.
        </p>
        <form action={formAction} className="actions-inline confirm-dialog-actions">
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="studentId" value={studentId} />
          {/* The safe choice takes the focus: Enter or a stray tap keeps the student. */}
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <ConfirmButton studentName={studentName} />
        </form>
        {state.message && (
          <p className="field-error" role="alert">
            {state.message}
          </p>
        )}
      </dialog>
    </>
  );
}

function ConfirmButton({ studentName }: { studentName: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-danger" disabled={pending} aria-busy={pending}>
      {pending ? "Removing…" : `Remove ${studentName}`}
    </button>
  );
}
