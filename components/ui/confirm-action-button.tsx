"use client";

import { useActionState, useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { FormAction } from "@/lib/forms";
import { useIsClient } from "./use-is-client";

/**
 * A button for a destructive server action that asks first, in a native modal <dialog> that names
 * what goes and says what becomes of the data. showModal() gives the focus trap, Escape to cancel
 * and the return of focus to the button for free; the trigger stays disabled until hydration so an
 * early tap is never lost. On success the action revalidates the page (the row, and this dialog
 * with it, goes); a refusal is shown inside the dialog.
 */
export function ConfirmActionButton({
  action,
  fields,
  trigger,
  triggerClassName = "button button-danger",
  title,
  confirmLabel,
  pendingLabel = "Removing…",
  children,
}: {
  action: FormAction;
  /** Hidden fields the action reads (ids). */
  fields: Record<string, string>;
  /** The button's content; give it a visually hidden name of the thing so each one is unique. */
  trigger: React.ReactNode;
  triggerClassName?: string;
  /** The dialog's heading and accessible name: a question naming the thing. */
  title: string;
  confirmLabel: string;
  pendingLabel?: string;
  /** What happens, in the user's terms: paragraphs. */
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const isClient = useIsClient();
  const [state, formAction] = useActionState(action, {});
  return (
    <>
      <button
        type="button"
        className={triggerClassName}
        disabled={!isClient}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {trigger}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <form action={formAction} className="actions-inline confirm-dialog-actions">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {/* The safe choice takes the focus: Enter or a stray tap keeps things as they are. */}
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <ConfirmButton label={confirmLabel} pendingLabel={pendingLabel} />
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

function ConfirmButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-danger" disabled={pending} aria-busy={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
