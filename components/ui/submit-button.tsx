"use client";

import { useFormStatus } from "react-dom";

/** A form's primary button, disabled with a busy label while the action runs (no double submit). */
export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-primary button-block" disabled={pending} aria-busy={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
