/**
 * The flag and report forms' schemas: a reason from the list, a teacher's comment required and
 * bounded, a student's optional, hostile text and malformed ids refused with a message per field.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FLAG_REASONS } from "@/lib/domain";
import { firstFieldErrors } from "@/lib/forms";
import { FLAG_COMMENT_MAX, flagQuestionSchema, reportQuestionSchema } from "@/lib/validation/flags";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";

const errorsOf = (schema: typeof flagQuestionSchema | typeof reportQuestionSchema, input: Record<string, unknown>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : firstFieldErrors(parsed.error);
};

describe("a teacher's flag", () => {
  it("accepts each reason with a comment, trimmed", () => {
    for (const reason of FLAG_REASONS) {
      expect(flagQuestionSchema.parse({ questionId: "q-0abc123def", reason, comment: "  Two answers fit.  " })).toEqual({
        questionId: "q-0abc123def",
        reason,
        comment: "Two answers fit.",
      });
    }
  });

  it("puts each refusal beside its field", () => {
    expect(errorsOf(flagQuestionSchema, { questionId: "q-1", comment: "Fine comment" })).toEqual({
      reason: "Choose what is wrong with the question.",
    });
    expect(errorsOf(flagQuestionSchema, { questionId: "q-1", reason: "boring", comment: "Fine comment" }).reason).toBe(
      "Choose what is wrong with the question.",
    );
    expect(errorsOf(flagQuestionSchema, { questionId: "q-1", reason: "wrong", comment: "   " }).comment).toMatch(/what is wrong/);
    expect(errorsOf(flagQuestionSchema, { questionId: "q-1", reason: "wrong" }).comment).toMatch(/what is wrong/);
    expect(errorsOf(flagQuestionSchema, { questionId: "q-1", reason: "wrong", comment: "x".repeat(FLAG_COMMENT_MAX + 1) }).comment).toMatch(
      /under 500/,
    );
    expect(errorsOf(flagQuestionSchema, { questionId: "q-1", reason: "wrong", comment: "bad\u0000byte" }).comment).toBe(
      UNSTORABLE_TEXT_MESSAGE,
    );
    for (const questionId of ["", "q 1", "'; drop table questions;--", "x".repeat(65), undefined]) {
      expect(errorsOf(flagQuestionSchema, { questionId, reason: "wrong", comment: "Fine comment" }).questionId, String(questionId)).toMatch(
        /could not be found/,
      );
    }
  });
});

describe("a student's report", () => {
  it("needs a reason; the comment is optional and defaults to empty", () => {
    expect(reportQuestionSchema.parse({ questionId: "q-1", reason: "unclear" })).toEqual({
      questionId: "q-1",
      reason: "unclear",
      comment: "",
    });
    expect(reportQuestionSchema.parse({ questionId: "q-1", reason: "wrong", comment: "" }).comment).toBe("");
    expect(errorsOf(reportQuestionSchema, { questionId: "q-1", comment: "?" })).toEqual({
      reason: "Choose what is wrong with the question.",
    });
  });

  it("accepts any storable comment up to the limit and refuses longer ones", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 700 }), (comment) => {
        const parsed = reportQuestionSchema.safeParse({ questionId: "q-1", reason: "ambiguous", comment });
        expect(parsed.success).toBe(comment.trim().length <= FLAG_COMMENT_MAX);
      }),
      { numRuns: 200 },
    );
  });
});
