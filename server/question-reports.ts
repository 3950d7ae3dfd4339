/**
 * A student's report on a question, as the report form sends it: students only, counted against
 * the report limit (after the input was validated, so a typo costs nothing), then written under
 * the student's own id. Kept out of the action so db tests can run it on both engines.
 */
import type { Db } from "@/db";
import { reportQuestion } from "@/db/queries/question-flags";
import { DomainError } from "@/lib/errors";
import type { ReportQuestionInput } from "@/lib/validation/flags";
import type { SessionUser } from "@/server/auth/guards";
import { consumeRateLimit } from "@/server/rate-limit/limiter";

export const REPORT_LIMIT_MESSAGE = "You have sent a lot of reports in the last hour.";

export async function sendQuestionReport(
  db: Db,
  { user, input }: { user: Pick<SessionUser, "id" | "role">; input: ReportQuestionInput },
): Promise<void> {
  if (user.role !== "student") throw new DomainError("Teachers flag questions from the question bank.");
  await consumeRateLimit("reportPostsPerUser", user.id, { what: REPORT_LIMIT_MESSAGE, db });
  await reportQuestion(db, { studentId: user.id, ...input });
}
