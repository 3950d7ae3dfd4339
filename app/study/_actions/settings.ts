"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { saveStudySettings } from "@/db/queries/study";
import { defineAction } from "@/server/actions";
import { DomainError } from "@/lib/errors";
import { studySettingsFormSchema } from "@/lib/scheduling";

/** Save the student's own study settings (the user id is the session's): the next session uses them. */
export const saveStudySettingsAction = defineAction(
  { name: "saveStudySettings", access: "user", returnTo: "/study/settings", input: studySettingsFormSchema },
  async ({ input, user }) => {
    if (user.role !== "student") throw new DomainError("Study settings are for student accounts.");
    await saveStudySettings(await getDb(), { userId: user.id, settings: input });
    revalidatePath("/study", "layout");
    return { message: "Settings saved. Your next session uses them." };
  },
);
