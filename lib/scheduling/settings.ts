/**
 * Validation of a student's scheduling settings (the settings form and its API).
 */
import { z } from "zod";
import { DESIRED_RETENTION, NEW_PER_DAY, normaliseRetention, REVIEW_CAP } from "./limits";

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

/**
 * A student's scheduling settings: desired retention 0.7–0.97 (default 0.9; rounded to 4
 * decimals), new cards per day 0–200 (default 20), review cap per day 1–1000 or null for none
 * (default null). Missing fields take their defaults; unknown fields are dropped.
 */
export const studySettingsSchema = z.object({
  desiredRetention: retention.default(DESIRED_RETENTION.default),
  newPerDay: newPerDay.default(NEW_PER_DAY.default),
  reviewCap: reviewCap.default(REVIEW_CAP.default),
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
};
