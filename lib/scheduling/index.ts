/**
 * Scheduling policy: FSRS card states and reviews (via ts-fsrs), predicted recall, grade inference
 * from quiz answers, leeches, the daily queue and the student's settings. Pure: no database, no
 * clock. The rating and card-state enums themselves live in lib/domain.
 */
export { fromFsrsCard, newCardState, parseCardState, toFsrsCard } from "./card-state";
export type { CardState } from "./card-state";
export { formatInterval } from "./interval-label";
export { isLeech, LEECH_LAPSES } from "./leech";
export { buildDailyQueue } from "./queue";
export type { DailyQueue, DailyQueueInput, QueueCard, QueueItem, QueueLimits } from "./queue";
export { chooseFace, faceKindOf, isRecognitionType, RECALL_STABILITY_DAYS, wantedFaceKind } from "./faces";
export type { FaceKind } from "./faces";
export {
  capRatingForFace,
  inferRating,
  inferTimedRating,
  READING_MS_PER_CHAR,
  RESPONSE_TIME_OUTLIER,
  RESPONSE_TIME_THRESHOLDS,
} from "./rating";
export type { RatingInput, ResponseTimeThresholds } from "./rating";
export { FORGETTING_CURVE, forgettingCurveOf, MIN_STABILITY, predictRecall, type ForgettingCurve } from "./recall";
export { toFsrsGrade } from "./review-rating";
export { createScheduler } from "./scheduler";
export type { IntervalPreview, ReviewLogEntry, ReviewOutcome, Scheduler, SchedulerOptions } from "./scheduler";
export { DEFAULT_STUDY_SETTINGS, studySettingsFormSchema, studySettingsSchema } from "./settings";
export type { StudySettings, StudySettingsInput } from "./settings";
export { isTimeZone, resolveStudyDayStart, startOfStudyDay, timeZoneOffsetMinutes } from "./study-day";
export { ratingOfGrade, replayAnswers } from "./replay";
export type { LoggedAnswer, ReplayedItem } from "./replay";
