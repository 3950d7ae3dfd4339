import type { ReviewMode, ReviewRating } from "@/lib/domain";

/**
 * A review ready to record: validated, graded and rated on the server (see `gradeSubmissions`),
 * or built the same way by the demo seed and the benchmarks. `recordReviews` applies it.
 */
export interface GradedReview {
  /** The client's id for the submit: the idempotency key. */
  id: string;
  questionId: string;
  mode: ReviewMode;
  rating: ReviewRating;
  correct: boolean;
  /** The quiz response as sent (null for a flashcard). */
  answer: unknown;
  responseMs: number;
  reviewedAt: Date;
  /** The assignment this review counts towards, derived on the server from the student's classes; null or absent for free practice. */
  assignmentId?: string | null;
}
