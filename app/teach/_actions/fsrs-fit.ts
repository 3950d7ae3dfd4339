"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { getTeacherClass } from "@/db/queries/classes";
import { defineAction } from "@/server/actions";
import { startClassFit } from "@/server/fsrs-fit/class-fit";
import { consumeRateLimit } from "@/server/rate-limit/limiter";
import { uuidSchema } from "@/lib/validation/teaching";

/** Fit the class's parameters in the background (after this response); the page shows the result on reload. */
export const fitClassAction = defineAction(
  { name: "fitClass", access: "teacher", input: z.object({ classId: uuidSchema }) },
  async ({ input, user }) => {
    // Only the teacher's own class: someone else's id is the same 404 as an unknown one.
    if (!(await getTeacherClass(await getDb(), { teacherId: user.id, classId: input.classId }))) notFound();
    await consumeRateLimit("parameterFitsPerTeacher", user.id, { what: "Too many fits started." });
    const status = startClassFit(input.classId);
    return {
      message:
        status === "started"
          ? "Fitting started. It takes a few seconds; reload the page to see the result."
          : "A fit of this class is already running.",
    };
  },
);
