import crypto from "node:crypto";
import type { GradedReview } from "@/lib/study/graded-review";

/** A right quiz answer to `questionId`, graded "good", with a fresh id; `overrides` change any field. */
export function gradedReview(questionId: string, overrides: Partial<GradedReview> = {}): GradedReview {
  return {
    id: crypto.randomUUID(),
    questionId,
    mode: "quiz",
    rating: "good",
    correct: true,
    answer: 0,
    responseMs: 5000,
    reviewedAt: new Date("2026-03-01T09:00:00Z"),
    ...overrides,
  };
}
