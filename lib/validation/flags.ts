/**
 * The flag and report forms: a reason from FLAG_REASONS, and a comment (required of teachers,
 * whose flag takes a question out of their sets, optional for students).
 */
import { z } from "zod";
import { FLAG_COMMENT_MAX, FLAG_REASONS } from "@/lib/domain";
import { textSchema } from "./text";

export { FLAG_COMMENT_MAX };

/** A generated question's id (stable ids from lib/questions/ids.ts are short slugs). */
export const questionIdSchema = z
  .string({ error: "That question could not be found. Reload the page and try again." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "That question could not be found. Reload the page and try again.");

const reasonSchema = z.enum(FLAG_REASONS, { error: "Choose what is wrong with the question." });

const commentSchema = textSchema().trim().max(FLAG_COMMENT_MAX, `Keep the comment under ${FLAG_COMMENT_MAX} characters.`);

/** A teacher's flag: reason and a comment saying what is wrong. */
export const flagQuestionSchema = z.object({
  questionId: questionIdSchema,
  reason: reasonSchema,
  comment: textSchema("Say what is wrong with the question.")
    .trim()
    .min(3, "Say in a few words what is wrong with the question.")
    .max(FLAG_COMMENT_MAX, `Keep the comment under ${FLAG_COMMENT_MAX} characters.`),
});

/** A student's report: reason, and a comment if they want to add one. */
export const reportQuestionSchema = z.object({
  questionId: questionIdSchema,
  reason: reasonSchema,
  comment: commentSchema.default(""),
});

export type FlagQuestionInput = z.infer<typeof flagQuestionSchema>;
export type ReportQuestionInput = z.infer<typeof reportQuestionSchema>;
