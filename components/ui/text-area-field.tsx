import type { TextareaHTMLAttributes } from "react";
import { FieldFrame } from "./field-frame";

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled textarea with its hint and error beside it, as `Field` does for an input. */
export function TextAreaField({ id, name, label, error, hint, rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(aria) => <textarea id={id} name={name} rows={rows} {...aria} {...textarea} />}
    </FieldFrame>
  );
}
