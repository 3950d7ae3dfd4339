/**
 * The contract between a form and its server action: what the action answers when it does not
 * redirect, and the pure helpers that build that answer. The action wrapper (server/actions) is
 * the only writer; components/ui/action-form.tsx and the forms are the readers.
 */
import type { z } from "zod";

/** What a form action returns when it does not redirect: a message, errors per field, echoed values. */
export interface FormState<Field extends string = string, Data = never> {
  message?: string;
  /** One message per field, shown beside it. Present only when the submission was refused. */
  fieldErrors?: Partial<Record<Field, string>>;
  /** Echo of what the user typed (never a password), so the form keeps it. */
  values?: Partial<Record<Field, string>>;
  /** The result of an action called from code rather than a form (e.g. a quiz score). */
  data?: Data;
}

/**
 * Every server action's shape (see server/actions): bound to a form through `useActionState`
 * it is called `(prev, form)`; called from code or as a plain `<form action>` it gets the form alone.
 */
export interface FormAction<Field extends string = string, Data = never> {
  (form: FormData): Promise<FormState<Field, Data>>;
  (prev: FormState<Field, Data>, form: FormData): Promise<FormState<Field, Data>>;
}

/** The one wording of "some fields are wrong", singular or plural. */
export function fixFieldsMessage(fieldCount: number): string {
  return fieldCount === 1 ? "Please fix the highlighted field." : "Please fix the highlighted fields.";
}

/** First error per field, as the form shows one message beside each field. */
export function firstFieldErrors<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && !out[field as Field]) out[field as Field] = issue.message;
  }
  return out;
}

/** A refusal with a message beside each named field. */
export function fieldErrorState<Field extends string>(
  fieldErrors: Partial<Record<Field, string>>,
  values?: Partial<Record<Field, string>>,
): FormState<Field> {
  return { message: fixFieldsMessage(Object.keys(fieldErrors).length), fieldErrors, values };
}

/** A zod failure as a form answer; an issue with no field (a whole-object rule) becomes the message. */
export function validationErrorState<Field extends string>(error: z.ZodError, values?: Partial<Record<Field, string>>): FormState<Field> {
  const fieldErrors = firstFieldErrors<Field>(error);
  if (Object.keys(fieldErrors).length > 0) return fieldErrorState(fieldErrors, values);
  return { message: error.issues[0]?.message ?? "That request is not valid.", values };
}

/**
 * The named fields of a submitted form as a plain object for a zod schema. A missing field is
 * `undefined` (so `.default()` applies), and only the first value of a repeated field counts.
 */
export function readFormFields(form: FormData, fields: readonly string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(fields.map((field) => [field, form.get(field) ?? undefined]));
}

/** Secrets are never sent back to the browser, whatever the form. */
const isSecretField = (field: string) => /password/i.test(field);

/** What the user typed in the named text fields, to refill the form after a refusal; never a password. */
export function echoFormValues<Field extends string>(form: FormData, fields: readonly Field[]): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = form.get(field);
    if (typeof value === "string" && !isSecretField(field)) out[field] = value;
  }
  return out;
}
