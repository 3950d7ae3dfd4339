/**
 * The four review grades as the app names them, and their mapping onto ts-fsrs' `Rating`.
 */
import { Rating, type Grade } from "ts-fsrs";

/** A review grade: forgot, recalled with effort, recalled, recalled effortlessly (FSRS grades 1–4). */
export type ReviewRating = "again" | "hard" | "good" | "easy";

/** Every grade, weakest first (the order of the grade buttons). */
export const REVIEW_RATINGS: readonly ReviewRating[] = ["again", "hard", "good", "easy"];

const TO_GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** The ts-fsrs grade (`Rating.Again` … `Rating.Easy`, i.e. 1–4) for an app rating. */
export function toFsrsGrade(rating: ReviewRating): Grade {
  return TO_GRADE[rating];
}
