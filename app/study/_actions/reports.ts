"use server";

import { getDb } from "@/db";
import { defineAction } from "@/server/actions";
import { sendQuestionReport } from "@/server/question-reports";
import { reportQuestionSchema } from "@/lib/validation/flags";

/**
 * A student reports a question from the answer feedback (components/quiz/report-question.tsx):
 * rate-limited per student, kept under their own id, seen only by their teachers.
 */
export const reportQuestionAction = defineAction(
  { name: "reportQuestion", access: "user", input: reportQuestionSchema },
  async ({ input, user }) => {
    await sendQuestionReport(await getDb(), { user, input });
    return { message: "Thank you: your teacher will see your report.", data: { sent: true as const } };
  },
);
