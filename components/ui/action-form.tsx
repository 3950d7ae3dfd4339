"use client";

import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/forms";

/**
 * A form bound to a server action, showing the action's message and handing its field errors to
 * the fields (render prop), so every form shows errors the same way: beside the field.
 */
export function ActionForm<Field extends string>({
  action,
  className,
  children,
}: {
  action: FormAction<Field>;
  className?: string;
  children: (state: FormState<Field>) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className={className} noValidate>
      {state.message && (
        <p className={state.fieldErrors ? "form-message" : "notice"} role={state.fieldErrors ? "alert" : "status"}>
          {state.message}
        </p>
      )}
      {children(state)}
    </form>
  );
}
