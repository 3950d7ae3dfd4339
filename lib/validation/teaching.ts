import { z } from "zod";
import { findAmbiguousCharacter, isWellFormedJoinCode, normalizeJoinCode } from "@/lib/teaching/join-code";
import { QUIZ_FEEDBACK_MODES } from "@/lib/domain";
import { MAX_UTC_OFFSET_MINUTES } from "@/lib/scheduling/study-day";
import { textSchema } from "./text";

export const classNameSchema = textSchema("Enter a class name.")
  .trim()
  .min(1, "Enter a class name.")
  .max(80, "Keep the class name under 80 characters.");

export const joinCodeSchema = z
  .string({ error: "Enter the code your teacher gave you." })
  .transform(normalizeJoinCode)
  .superRefine((code, ctx) => {
    if (code.length === 0) return void ctx.addIssue({ code: "custom", message: "Enter the code your teacher gave you." });
    const lookAlike = findAmbiguousCharacter(code);
    if (lookAlike) {
      const name = /\d/.test(lookAlike) ? `the digit ${lookAlike}` : `the letter ${lookAlike}`;
      return void ctx.addIssue({
        code: "custom",
        message: `Class codes never use ${name}: it looks too much like another character (codes avoid 0, O, 1, I and L). Check the code with your teacher.`,
      });
    }
    if (!isWellFormedJoinCode(code)) {
      ctx.addIssue({ code: "custom", message: "A class code has 6 letters and digits, like K7P2QX. Check it and try again." });
    }
  });

export const setNameSchema = textSchema("Enter a name for the set.")
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
  dueAt: z
    .string({ error: "Choose a due date." })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a due date and time.")
    .refine(isRealLocalDateTime, "That date does not exist. Choose a due date and time from the calendar."),
  utcOffset: z.coerce.number().int().min(-MAX_UTC_OFFSET_MINUTES).max(MAX_UTC_OFFSET_MINUTES).default(0),
  isQuiz: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  ...quizOptionFields(),
});

function checkbox() {
  return z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
}
function optionalWhole(what: string, max: number) {
  return z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : v),
    z.coerce
      .number({ error: `Enter ${what} as a whole number.` })
      .int(`Enter ${what} as a whole number.`)
      .min(1, `Enter at least 1 for ${what}.`)
      .max(max, `Keep ${what} at ${max} or fewer.`)
      .optional(),
  );
}

/** A scored quiz's options (ignored for practice): shuffle, when feedback shows, a time limit, attempts. */
function quizOptionFields() {
  return {
    shuffle: checkbox(),
    feedback: z.enum(QUIZ_FEEDBACK_MODES, { error: "Choose when students see if they were right." }).default("each"),
    timeLimitMinutes: optionalWhole("the time limit in minutes", 600),
    maxAttempts: optionalWhole("the number of attempts", 20),
  };
}

/** A new due date for an existing assignment (same rules as when assigning). */
export const dueDateEditSchema = z.object({
  classId: uuidSchema,
  assignmentId: uuidSchema,
  dueAt: z
    .string({ error: "Choose a due date." })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a due date and time.")
    .refine(isRealLocalDateTime, "That date does not exist. Choose a due date and time from the calendar."),
  utcOffset: z.coerce.number().int().min(-MAX_UTC_OFFSET_MINUTES).max(MAX_UTC_OFFSET_MINUTES).default(0),
});

/** One student's adjustments to a scored quiz: extra minutes (accessibility), or one more attempt. */
export const studentQuizOptionsSchema = z.object({
  classId: uuidSchema,
  assignmentId: uuidSchema,
  studentId: z.uuid({ error: "Choose a student." }),
  extraMinutes: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : v),
    z.coerce
      .number({ error: "Enter extra minutes as a whole number." })
      .int("Enter extra minutes as a whole number.")
      .min(0, "Extra minutes cannot be negative.")
      .max(600, "Keep extra time at 600 minutes or fewer.")
      .optional(),
  ),
  reopen: checkbox(),
});

/** The latest year a due date may be in: far enough for any school year, near enough for a Date. */
const MAX_DUE_YEAR = 2100;

/**
 * Whether a `YYYY-MM-DDTHH:mm` value names a real minute: month 1–12, a day that month has, hour
 * 0–23, minute 0–59, year 2000–2100. The shape alone lets `2099-13-45T99:99` through, and the
 * Date built from it would be invalid (a RangeError when written).
 */
export function isRealLocalDateTime(local: string): boolean {
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  if (year < 2000 || year > MAX_DUE_YEAR || hour > 23 || minute > 59) return false;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant a `datetime-local` value means on a device `utcOffset` minutes east of UTC. */
export function localDateTimeToInstant(local: string, utcOffsetMinutes: number): Date {
  return new Date(new Date(`${local}:00Z`).getTime() - utcOffsetMinutes * 60_000);
}
