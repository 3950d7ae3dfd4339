"use client";

import { createContext, useActionState, useContext } from "react";
import { FlagReasonFields } from "@/components/content/flag-reason-fields";
import type { FormAction, FormState } from "@/lib/forms";

type ReportField = "questionId" | "reason" | "comment";
export type ReportAction = FormAction<ReportField, { sent: true }>;

/**
 * The report action, handed down by the student pages' layout (app/study/layout.tsx): components/
 * cannot import app/, and where no provider is (the teacher's preview) no report form shows.
 */
const ReportActionContext = createContext<ReportAction | null>(null);

export function QuestionReportProvider({ action, children }: { action: ReportAction; children: React.ReactNode }) {
  return <ReportActionContext.Provider value={action}>{children}</ReportActionContext.Provider>;
}

const OFFLINE_MESSAGE = "Your report could not be sent: check your connection and try again.";

/**
 * "Report a problem with this question", folded under the answer feedback: a reason and an
 * optional comment for the student's teachers. Refusals (bad input, too many reports) show beside
 * the field or above the button; a lost connection is said as such and the form stays filled.
 */
export function ReportQuestion({ questionId }: { questionId: string }) {
  const action = useContext(ReportActionContext);
  const [state, formAction, pending] = useActionState(async (prev: FormState<ReportField, { sent: true }>, form: FormData) => {
    if (!action) return prev;
    try {
      return await action(prev, form);
    } catch {
      // Offline or the request failed: the action never answered.
      return { message: OFFLINE_MESSAGE, values: { reason: String(form.get("reason") ?? ""), comment: String(form.get("comment") ?? "") } };
    }
  }, {});
  if (!action) return null;
  if (state.data?.sent) {
    return (
      <p className="notice report-sent" role="status">
        {state.message}
      </p>
    );
  }
  return (
    <details className="report-question" open={state.message ? true : undefined}>
      <summary>Report a problem with this question</summary>
      <form action={formAction} className="stack report-form" noValidate>
        {state.message && (
          <p className="form-message" role="alert">
            {state.message}
          </p>
        )}
        <input type="hidden" name="questionId" value={questionId} />
        <FlagReasonFields
          idPrefix={`report-${questionId}`}
          errors={state.fieldErrors}
          values={state.values}
          commentLabel="Comment (optional)"
          commentHint="Your teacher sees your name with the report."
        />
        <div className="actions-inline">
          <button type="submit" className="button" disabled={pending} aria-busy={pending}>
            {pending ? "Sending…" : "Send report"}
          </button>
        </div>
      </form>
    </details>
  );
}
