import type { TextareaHTMLAttributes } from "react";

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled textarea with its hint and error beside it, as `Field` does for an input. */
export function TextAreaField({ id, name, label, error, hint, rows = 3, ...textarea }: TextAreaFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <textarea id={id} name={name} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
