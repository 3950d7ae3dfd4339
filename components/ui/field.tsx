import type { InputHTMLAttributes } from "react";
import { FieldFrame } from "./field-frame";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled input with its error shown beside it and announced to screen readers. */
export function Field({ name, label, error, hint, id = `field-${name}`, ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(aria) => <input id={id} name={name} {...aria} {...input} />}
    </FieldFrame>
  );
}
