/**
 * The one wrapper every server action goes through (in the spirit of dub's authActionClient), so
 * no action can forget a step or do it its own way. In order:
 *
 * 1. session and role: `anonymous` needs nothing; `user` and `teacher` need a session (signed out:
 *    redirect to sign-in, as pages do); `teacher` refuses any other role with a message;
 * 2. argument shape: exactly one FormData (after the previous state, for `useActionState`). A call
 *    with no argument or anything else is anyone's to make by POSTing to the action, so it gets a
 *    message, never a thrown 500;
 * 3. zod parse of the form's fields, refusals as one message per field (lib/forms.ts);
 * 4. the handler, whose `DomainError`s (lib/errors.ts) become messages, beside their field when the
 *    form has it;
 * 5. the database server unreachable: a message to try again shortly (a warning in the log);
 * 6. anything else is a bug: logged with the action's name, answered with a generic message. The
 *    form stays as the user left it, with their input echoed back, and the log line is the only
 *    record (rethrowing would swap the form for the error page and log the error twice).
 *
 * Next's control-flow errors (redirect, notFound, forbidden) pass through untouched.
 *
 * The session lookup and the logger are passed in, so tests can call a wrapped action directly;
 * ./index.ts binds the app's.
 */
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { signInPath } from "@/lib/auth/safe-redirect";
import { isDatabaseUnavailable } from "@/db/errors";
import { DATABASE_UNAVAILABLE_MESSAGE, DomainError } from "@/lib/errors";
import { echoFormValues, fieldErrorState, readFormFields, validationErrorState, type FormAction, type FormState } from "@/lib/forms";
import type { SessionUser } from "@/server/auth/guards";
import { reportDatabaseUnavailable } from "@/server/database-gate";

/** Who may call an action: anyone, any signed-in user, or teachers only. */
export type Access = "anonymous" | "user" | "teacher";

export type FieldOf<S extends z.ZodObject> = Extract<keyof S["shape"], string>;

export interface ActionConfig<S extends z.ZodObject, A extends Access> {
  /** Names the action in logs. */
  name: string;
  access: A;
  /** The form's fields. Only these are read from the FormData, and only they are echoed back. */
  input: S;
  /** Where a signed-out caller comes back to after signing in. */
  returnTo?: string;
}

/** What the handler gets: the parsed input, and the caller unless the action is anonymous. */
export type ActionContext<S extends z.ZodObject, A extends Access> = { input: z.output<S> } & (A extends "anonymous"
  ? unknown
  : { user: SessionUser });

export interface ActionLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ActionClientDeps {
  currentUser: () => Promise<SessionUser | null>;
  logger: ActionLogger;
}

export const MALFORMED_CALL_MESSAGE = "This form could not be read. Reload the page and try again.";
export const WRONG_ROLE_MESSAGE = "Only teacher accounts can do this.";
export const UNEXPECTED_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/** The form a call carries: `(form)` or `(prev, form)`; anything else is malformed. */
function formOf(args: unknown[]): FormData | null {
  const form = args.length === 1 ? args[0] : args.length === 2 ? args[1] : undefined;
  return form instanceof FormData ? form : null;
}

function domainErrorState<Field extends string>(
  error: DomainError,
  fields: readonly Field[],
  values: Partial<Record<Field, string>>,
): FormState<Field> {
  const field = fields.find((f) => f === error.field);
  // A rule about a field this form does not show still has to be read: say it as the message.
  return field ? fieldErrorState({ [field]: error.message } as Partial<Record<Field, string>>, values) : { message: error.message, values };
}

export function createActionClient(deps: ActionClientDeps) {
  return function defineAction<S extends z.ZodObject, A extends Access, Data = never>(
    config: ActionConfig<S, A>,
    handler: (context: ActionContext<S, A>) => Promise<FormState<FieldOf<S>, Data> | void>,
  ): FormAction<FieldOf<S>, Data> {
    type Field = FieldOf<S>;
    const fields = Object.keys(config.input.shape) as Field[];

    async function action(...args: unknown[]): Promise<FormState<Field, Data>> {
      let user: SessionUser | null = null;
      let values: Partial<Record<Field, string>> = {};
      try {
        if (config.access !== "anonymous") {
          user = await deps.currentUser();
          if (!user) redirect(signInPath(config.returnTo));
          if (config.access === "teacher" && user.role !== "teacher") {
            deps.logger.warn({ action: config.name, userId: user.id, role: user.role }, "server action refused: wrong role");
            return { message: WRONG_ROLE_MESSAGE };
          }
        }
        const form = formOf(args);
        if (!form) return { message: MALFORMED_CALL_MESSAGE };
        values = echoFormValues(form, fields);
        const parsed = config.input.safeParse(readFormFields(form, fields));
        if (!parsed.success) return validationErrorState(parsed.error, values);
        const context = (config.access === "anonymous" ? { input: parsed.data } : { input: parsed.data, user }) as ActionContext<S, A>;
        return (await handler(context)) ?? {};
      } catch (error) {
        unstable_rethrow(error);
        if (error instanceof DomainError) return domainErrorState(error, fields, values);
        if (isDatabaseUnavailable(error)) {
          reportDatabaseUnavailable();
          deps.logger.warn({ err: error, action: config.name, userId: user?.id }, "server action: database unreachable");
          return { message: DATABASE_UNAVAILABLE_MESSAGE, values };
        }
        deps.logger.error({ err: error, action: config.name, userId: user?.id }, "server action failed");
        return { message: UNEXPECTED_ERROR_MESSAGE, values };
      }
    }
    return action as FormAction<Field, Data>;
  };
}
