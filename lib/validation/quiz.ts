import { z } from "zod";
import { isStorableJson, textSchema, UNSTORABLE_TEXT_MESSAGE } from "./text";

/** One answer to a scored-quiz question, as the browser sends it (shown order, opaque ids). */
export const quizAnswerSchema = z
  .object({
    questionId: textSchema().min(1).max(64),
    response: z.unknown(),
    responseMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 60 * 60 * 1000),
  })
  .superRefine((body, ctx) => {
    if (body.response === undefined) ctx.addIssue({ code: "custom", path: ["response"], message: "send the answer" });
    else if (JSON.stringify(body.response).length > 4000)
      ctx.addIssue({ code: "custom", path: ["response"], message: "response is too large" });
    else if (!isStorableJson(body.response)) ctx.addIssue({ code: "custom", path: ["response"], message: UNSTORABLE_TEXT_MESSAGE });
  });
