"use client";

import { useFormStatus } from "react-dom";

/**
 * A form's primary button, disabled with a busy label while the action runs (no double submit).
 * `danger` marks a button that destroys something (delete account, delete class).
 */
export function SubmitButton({
  children,
  pendingLabel,
  danger = false,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  danger?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`button ${danger ? "button-danger" : "button-primary"} button-block`}
      disabled={pending}
      aria-busy={pending}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
