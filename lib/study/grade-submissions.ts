/**
 * Turns submitted reviews into graded ones, trusting nothing the client says about correctness:
 * quiz responses are graded again here with the same `gradeAnswer` the UI used, and the FSRS
 * rating is inferred from correctness and response time. Flashcards carry the student's own
 * grade (there is nothing to check). Pure: the caller passes `now` and the questions.
 */
import { gradeAnswer } from "@/lib/questions/grade";
import { countCharactersToRead } from "@/lib/questions/reading-length";
import type { Question } from "@/lib/questions/types";
import { inferRating } from "@/lib/scheduling";
import { MAX_CLOCK_SKEW_MS, MAX_REVIEW_AGE_MS, type ReviewSubmission } from "@/lib/validation/reviews";
import type { GradedReview } from "./graded-review";

export type GradeOutcome = { ok: true; reviews: GradedReview[] } | { ok: false; problems: string[] };

export function gradeSubmissions(submissions: ReviewSubmission[], questionsById: Map<string, Question>, now: Date): GradeOutcome {
  const problems: string[] = [];
  const reviews: GradedReview[] = [];
  submissions.forEach((submission, index) => {
    const where = `reviews[${index}]`;
    const question = questionsById.get(submission.questionId);
    if (!question) {
      problems.push(`${where}: unknown question "${submission.questionId}"`);
      return;
    }
    const at = new Date(submission.reviewedAt);
    if (at.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
      problems.push(`${where}: reviewedAt is in the future (check the device clock)`);
      return;
    }
    if (at.getTime() < now.getTime() - MAX_REVIEW_AGE_MS) {
      problems.push(`${where}: reviewedAt is more than 7 days old`);
      return;
    }
    // A slightly fast client clock must not schedule from the future.
    const reviewedAt = at.getTime() > now.getTime() ? now : at;

    if (submission.mode === "flashcard") {
      const rating = submission.rating ?? "good";
      reviews.push({ ...base(submission, reviewedAt), rating, correct: rating !== "again", answer: null });
      return;
    }
    const { correct } = gradeAnswer(question, submission.response);
    // A long prompt (or long choices) takes longer to read: the fast/slow thresholds grow with it.
    const rating = inferRating({
      correct,
      responseMs: submission.responseMs,
      questionType: question.type,
      promptLength: countCharactersToRead(question),
    });
    reviews.push({ ...base(submission, reviewedAt), rating, correct, answer: submission.response });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, reviews };
}

function base(submission: ReviewSubmission, reviewedAt: Date) {
  return {
    id: submission.id,
    questionId: submission.questionId,
    mode: submission.mode,
    responseMs: submission.responseMs,
    reviewedAt,
  };
}
