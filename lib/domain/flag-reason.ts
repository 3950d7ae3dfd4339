/** Why a question is flagged by a teacher or reported by a student. */

/** Every reason, as stored in `question_flags.reason` and `question_reports.reason`. */
export const FLAG_REASONS = ["wrong", "ambiguous", "unclear"] as const;

/** Longest comment kept on a flag or report: a few sentences, enough to say what is wrong and what it should say. */
export const FLAG_COMMENT_MAX = 500;

/** A flag's or report's reason. */
export type FlagReason = (typeof FLAG_REASONS)[number];

/** How each reason is put to the person choosing it, and on the flagged-questions page. */
export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
  wrong: "Wrong (the answer or a fact is incorrect)",
  ambiguous: "Ambiguous (more than one answer fits)",
  unclear: "Unclear (hard to understand)",
};

/** The one-word name of each reason, for lists. */
export const FLAG_REASON_NAMES: Record<FlagReason, string> = {
  wrong: "Wrong",
  ambiguous: "Ambiguous",
  unclear: "Unclear",
};
