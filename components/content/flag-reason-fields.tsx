import { FLAG_COMMENT_MAX, FLAG_REASON_LABELS, FLAG_REASONS, type FlagReason } from "@/lib/domain";

/**
 * The reason (radio buttons) and comment of a flag or a report, with each error beside its field.
 * `idPrefix` keeps ids unique when a page shows many of these forms (one per question).
 */
export function FlagReasonFields({
  idPrefix,
  errors = {},
  values = {},
  commentLabel,
  commentHint,
}: {
  idPrefix: string;
  errors?: { reason?: string; comment?: string };
  values?: { reason?: string; comment?: string };
  commentLabel: string;
  commentHint?: string;
}) {
  const reasonError = `${idPrefix}-reason-error`;
  const commentId = `${idPrefix}-comment`;
  const describedBy = [commentHint && `${commentId}-hint`, errors.comment && `${commentId}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <fieldset
        className="reason-picker"
        aria-describedby={errors.reason ? reasonError : undefined}
        aria-invalid={errors.reason ? true : undefined}
      >
        <legend>What is wrong with it?</legend>
        {FLAG_REASONS.map((reason: FlagReason) => (
          <label key={reason} className="reason-option">
            <input type="radio" name="reason" value={reason} defaultChecked={values.reason === reason} />
            <span>{FLAG_REASON_LABELS[reason]}</span>
          </label>
        ))}
        {errors.reason && (
          <p id={reasonError} className="field-error" role="alert">
            {errors.reason}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={commentId}>{commentLabel}</label>
        {commentHint && (
          <p id={`${commentId}-hint`} className="field-hint">
            {commentHint}
          </p>
        )}
        <textarea
          id={commentId}
          name="comment"
          rows={3}
          maxLength={FLAG_COMMENT_MAX}
          defaultValue={values.comment}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={describedBy}
        />
        {errors.comment && (
          <p id={`${commentId}-error`} className="field-error" role="alert">
            {errors.comment}
          </p>
        )}
      </div>
    </>
  );
}
