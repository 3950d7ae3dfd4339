/**
 * Validation of a student's scheduling settings (the settings form and its API).
 */
import { z } from "zod";
import { DAY_START_HOUR, DESIRED_RETENTION, NEW_PER_DAY, normaliseRetention, REVIEW_CAP } from "./limits";
import { isTimeZone } from "./study-day";

const retention = z
  .number({ error: "Desired retention must be a number, e.g. 0.9 for 90%." })
  .transform(normaliseRetention)
  .pipe(
    z
      .number()
      .min(DESIRED_RETENTION.min, { error: `Desired retention must be at least ${DESIRED_RETENTION.min} (70%).` })
      .max(DESIRED_RETENTION.max, { error: `Desired retention must be at most ${DESIRED_RETENTION.max} (97%).` }),
  );

const newPerDay = z
  .number({ error: "New cards per day must be a number." })
  .int({ error: "New cards per day must be a whole number." })
  .min(NEW_PER_DAY.min, { error: "New cards per day cannot be negative." })
  .max(NEW_PER_DAY.max, { error: `New cards per day must be at most ${NEW_PER_DAY.max}.` });

const reviewCap = z
  .number({ error: "The review cap must be a number, or empty for no cap." })
  .int({ error: "The review cap must be a whole number." })
  .min(REVIEW_CAP.min, { error: `The review cap must be at least ${REVIEW_CAP.min}, or empty for no cap.` })
  .max(REVIEW_CAP.max, { error: `The review cap must be at most ${REVIEW_CAP.max}.` })
  .nullable();

const dayStartHour = z
  .number({ error: "Pick the hour your study day starts." })
  .int({ error: "Pick a whole hour." })
  .min(DAY_START_HOUR.min, { error: "Pick an hour from 0 to 23." })
  .max(DAY_START_HOUR.max, { error: "Pick an hour from 0 to 23." });

const timeZone = z.string().max(64).refine(isTimeZone, { error: "Pick a time zone from the list." }).nullable();

/**
 * A student's scheduling settings: desired retention 0.7–0.97 (default 0.9; rounded to 4
 * decimals), new cards per day 0–200 (default 20), review cap per day 1–1000 or null for none
 * (default null), the hour the study day starts 0–23 (default 0, midnight) and its IANA time zone
 * (default null: the zone of the device in use). Missing fields take their defaults; unknown
 * fields are dropped.
 */
export const studySettingsSchema = z.object({
  desiredRetention: retention.default(DESIRED_RETENTION.default),
  newPerDay: newPerDay.default(NEW_PER_DAY.default),
  reviewCap: reviewCap.default(REVIEW_CAP.default),
  dayStartHour: dayStartHour.default(DAY_START_HOUR.default),
  timeZone: timeZone.default(null),
});

/** Valid settings, defaults filled in (the output of {@link studySettingsSchema}). */
export type StudySettings = z.output<typeof studySettingsSchema>;

/** Settings as submitted (any field may be missing). */
export type StudySettingsInput = z.input<typeof studySettingsSchema>;

/** The settings of a student who never changed them. */
export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  desiredRetention: DESIRED_RETENTION.default,
  newPerDay: NEW_PER_DAY.default,
  reviewCap: REVIEW_CAP.default,
  dayStartHour: DAY_START_HOUR.default,
  timeZone: null,
};

/** An optional number field of a form: empty means "not given" (null), anything else must parse. */
const formNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? null : typeof value === "string" ? Number(value) : value), schema);

/**
 * The settings form (all fields are strings): retention as a share (0.9) or a percentage (90),
 * an empty review cap for none, an empty time zone for "this device's".
 */
export const studySettingsFormSchema = z.object({
  desiredRetention: z.preprocess((value) => {
    const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    return typeof n === "number" && n > 1 ? n / 100 : n;
  }, retention),
  newPerDay: formNumber(newPerDay),
  reviewCap: formNumber(reviewCap),
  dayStartHour: formNumber(dayStartHour),
  timeZone: z.preprocess((value) => (value === undefined || value === "" ? null : value), timeZone),
});
