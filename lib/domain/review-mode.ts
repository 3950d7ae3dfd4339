/** How a card was reviewed: a flashcard graded by the student, or a quiz answer graded by the server. */

/** Every mode, as stored in `review_logs.mode`. */
export const REVIEW_MODES = ["flashcard", "quiz"] as const;

/** A review's mode. */
export type ReviewMode = (typeof REVIEW_MODES)[number];
