/**
 * The mapping of the app's review grades (lib/domain) onto ts-fsrs' `Rating`, which is also the
 * number stored in `review_logs.rating`.
 */
import { Rating, type Grade } from "ts-fsrs";
import type { ReviewRating } from "@/lib/domain";

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
