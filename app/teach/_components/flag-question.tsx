"use client";

import { useActionState } from "react";
import { clearFlagAction, flagQuestionAction } from "@/app/teach/_actions/flags";
import { FlagReasonFields } from "@/components/content/flag-reason-fields";
import { ActionButton } from "@/components/ui/action-button";
import { FLAG_REASON_NAMES, type FlagReason } from "@/lib/domain";

export interface CurrentFlag {
  reason: FlagReason;
  comment: string;
}

/**
 * "Flag" on a question, wherever a teacher sees one (question bank, set, assignment dashboard,
 * flagged page): a folded form with the reason and a comment. Once flagged it says so, offers to
 * change the flag, and to clear it. Every write is the teacher's own (app/teach/_actions/flags.ts).
 */
export function FlagQuestion({
  questionId,
  label,
  current,
  showStatus = true,
}: {
  questionId: string;
  label: string;
  current?: CurrentFlag | null;
  /** The "Flagged: …" pill; off where the flag is already spelled out (the flagged page). */
  showStatus?: boolean;
}) {
  const [state, formAction, pending] = useActionState(flagQuestionAction, {});
  // After a refusal the form shows what was typed; otherwise the flag as it stands.
  const values = state.fieldErrors ? state.values : current ? { reason: current.reason, comment: current.comment } : undefined;
  const idPrefix = `flag-${questionId}`;
  return (
    <div className="flag-question">
      {current && showStatus && (
        <span className="pill pill-flag" data-testid="flag-status">
          Flagged: {FLAG_REASON_NAMES[current.reason]}
        </span>
      )}
      <details className="flag-details">
        <summary className="button button-quiet">
          {current ? "Edit flag" : "Flag"}
          <span className="visually-hidden">: {label}</span>
        </summary>
        <form action={formAction} className="flag-form stack" noValidate>
          {state.message && (
            <p className={state.fieldErrors ? "form-message" : "notice"} role={state.fieldErrors ? "alert" : "status"}>
              {state.message}
            </p>
          )}
          <input type="hidden" name="questionId" value={questionId} />
          <FlagReasonFields
            key={current ? `${current.reason}:${current.comment}` : "new"}
            idPrefix={idPrefix}
            errors={state.fieldErrors}
            values={values}
            commentLabel="Comment"
            commentHint="What is wrong, and what it should say. Only you see your flags."
          />
          <div className="actions-inline">
            <button type="submit" className="button button-primary" disabled={pending} aria-busy={pending}>
              {pending ? "Saving…" : current ? "Update flag" : "Flag question"}
            </button>
          </div>
        </form>
      </details>
      {current && (
        <ActionButton action={clearFlagAction} fields={{ questionId }} className="flag-clear">
          Clear flag<span className="visually-hidden">: {label}</span>
        </ActionButton>
      )}
    </div>
  );
}
