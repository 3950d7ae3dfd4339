"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/forms";

/**
 * One button that runs a server action with a few hidden fields ("New code", "Remove"). Usable
 * from server components, unlike ActionForm's render prop. On success the action redirects or
 * revalidates the page; a refusal is shown beside the button.
 */
export function ActionButton({
  action,
  fields = {},
  className,
  buttonClassName = "button",
  children,
}: {
  action: FormAction;
  fields?: Record<string, string>;
  className?: string;
  buttonClassName?: string;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonClassName}>
        {children}
      </button>
      {state.message && (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}
