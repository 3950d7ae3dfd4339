"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { joinClassByCode } from "@/db/queries/classes";
import { defineAction } from "@/server/actions";
import { consumeRateLimit } from "@/server/rate-limit/limiter";
import { DomainError } from "@/lib/errors";
import { joinCodeSchema } from "@/lib/validation/teaching";

/** Join a class by code. Unknown, expired or already-joined codes get a message beside the field; nothing is written. */
export const joinClassAction = defineAction(
  { name: "joinClass", access: "user", returnTo: "/study", input: z.object({ code: joinCodeSchema }) },
  async ({ input, user }) => {
    // A teacher reaching this form (a shared join link) is told why, beside the code.
    if (user.role !== "student") throw new DomainError("Only student accounts can join a class.", "code");
    // Every attempt counts, right or wrong: codes cannot be guessed one by one.
    await consumeRateLimit("joinCodeAttemptsPerUser", user.id, { what: "Too many class codes tried.", field: "code" });
    const joined = await joinClassByCode(await getDb(), { studentId: user.id, code: input.code, now: new Date() });
    revalidatePath("/study");
    redirect(`/study?joined=${encodeURIComponent(joined.name)}`);
  },
);
