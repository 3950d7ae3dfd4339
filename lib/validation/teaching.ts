import { z } from "zod";
import { isWellFormedJoinCode, normalizeJoinCode } from "@/lib/teaching/join-code";

export const classNameSchema = z
  .string({ error: "Enter a class name." })
  .trim()
  .min(1, "Enter a class name.")
  .max(80, "Keep the class name under 80 characters.");

export const joinCodeSchema = z
  .string({ error: "Enter the code your teacher gave you." })
  .transform(normalizeJoinCode)
  .refine((code) => code.length > 0, "Enter the code your teacher gave you.")
  .refine(isWellFormedJoinCode, "A class code has 6 letters and digits, like K7P2QX. Check it and try again.");

export const setNameSchema = z
  .string({ error: "Enter a name for the set." })
  .trim()
  .min(1, "Enter a name for the set.")
  .max(100, "Keep the set name under 100 characters.");

export const autoBuildSchema = z.object({
  name: setNameSchema,
  topic: z.string().regex(/^[a-z0-9-]{1,40}$/, "Choose a topic."),
  count: z.coerce
    .number({ error: "Enter how many questions." })
    .int("Enter a whole number.")
    .min(1, "A set needs at least one question.")
    .max(100, "Keep a set to 100 questions or fewer."),
});

export const uuidSchema = z.uuid({ error: "That link is not valid." });

/** Due date from a `datetime-local` input plus the device's UTC offset (minutes east of UTC). */
export const assignmentSchema = z.object({
  classId: uuidSchema,
  setId: z.uuid({ error: "Choose a quiz set." }),
  dueAt: z.string({ error: "Choose a due date." }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a due date and time."),
  utcOffset: z.coerce.number().int().min(-840).max(840).default(0),
  isQuiz: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

/** The instant a `datetime-local` value means on a device `utcOffset` minutes east of UTC. */
export function localDateTimeToInstant(local: string, utcOffsetMinutes: number): Date {
  return new Date(new Date(`${local}:00Z`).getTime() - utcOffsetMinutes * 60_000);
}
