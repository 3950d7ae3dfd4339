/**
 * Scheduling policy: FSRS card states and reviews (via ts-fsrs), grade inference from quiz
 * answers, leeches, the daily queue and the student's settings. Pure: no database, no clock.
 */
export { CARD_STATE_NAMES, cardStateSchema, fromFsrsCard, newCardState, toFsrsCard } from "./card-state";
export type { CardState, CardStateName } from "./card-state";
export { formatInterval } from "./interval-label";
export { isLeech, LEECH_LAPSES } from "./leech";
export { DESIRED_RETENTION, NEW_PER_DAY, normaliseRetention, REVIEW_CAP } from "./limits";
export { buildDailyQueue } from "./queue";
export type { DailyQueue, DailyQueueInput, QueueCard, QueueItem, QueueLimits } from "./queue";
export { inferRating, READING_MS_PER_CHAR, RESPONSE_TIME_OUTLIER, RESPONSE_TIME_THRESHOLDS, thresholdsFor } from "./rating";
export type { RatingInput, ResponseTimeThresholds } from "./rating";
export { REVIEW_RATINGS, toFsrsGrade } from "./review-rating";
export type { ReviewRating } from "./review-rating";
export { createScheduler } from "./scheduler";
export type { IntervalPreview, ReviewLogEntry, ReviewOutcome, Scheduler, SchedulerOptions } from "./scheduler";
export { DEFAULT_STUDY_SETTINGS, studySettingsSchema } from "./settings";
export type { StudySettings, StudySettingsInput } from "./settings";
export { startOfStudyDay } from "./study-day";
