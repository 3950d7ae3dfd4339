"use server";

import { getDb } from "@/db";
import { reportQuestion } from "@/db/queries/question-flags";
import { defineAction } from "@/server/actions";
import { consumeRateLimit } from "@/server/rate-limit/limiter";
import { DomainError } from "@/lib/errors";
import { reportQuestionSchema } from "@/lib/validation/flags";

/**
 * A student reports a question from the answer feedback. Counted against the report limit per
 * student (lib/security/rate-limits.ts) after the input is valid, so a typo costs nothing; the
 * report is kept under the student's own id and only their teachers see it.
 */
export const reportQuestionAction = defineAction(
  { name: "reportQuestion", access: "user", input: reportQuestionSchema },
  async ({ input, user }) => {
    if (user.role !== "student") throw new DomainError("Teachers flag questions from the question bank.");
    await consumeRateLimit("reportPostsPerUser", user.id, { what: "You have sent a lot of reports in the last hour." });
    await reportQuestion(await getDb(), { studentId: user.id, ...input });
    return { message: "Thank you: your teacher will see your report.", data: { sent: true as const } };
  },
);
