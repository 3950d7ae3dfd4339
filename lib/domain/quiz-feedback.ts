/** When a scored quiz shows whether an answer was right: after each question, or only once the attempt is submitted. */
export const QUIZ_FEEDBACK_MODES = ["each", "end"] as const;

/** A scored quiz's feedback mode. */
export type QuizFeedbackMode = (typeof QUIZ_FEEDBACK_MODES)[number];
