/**
 * The four review grades, as the app names them everywhere: the flashcard buttons, the review
 * API, the scheduler and the review log (which stores the FSRS grade 1–4, see `toFsrsGrade`).
 */

/** Every grade, weakest first: forgot, recalled with effort, recalled, recalled effortlessly (FSRS grades 1–4; the order of the grade buttons). */
export const REVIEW_RATINGS = ["again", "hard", "good", "easy"] as const;

/** A review grade. */
export type ReviewRating = (typeof REVIEW_RATINGS)[number];
