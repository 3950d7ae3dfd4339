/**
 * The domain's enumerations, defined once: each is an `as const` array (for zod's `z.enum`,
 * drizzle's text enums and pgEnum, and loops) with its type derived from it. No dependencies, so
 * client components, lib/, db/ and the schema can all import them.
 */
export { CARD_STATES, toCardStateName, toCardStateNumber, type CardStateName } from "./card-state";
export { ITEM_KINDS, type ItemKind } from "./item-kind";
export { DATE_PRECISIONS, type DatePrecision } from "./date-precision";
export { QUIZ_FEEDBACK_MODES, type QuizFeedbackMode } from "./quiz-feedback";
export { QUESTION_TYPES, type QuestionType } from "./question-type";
export { REVIEW_MODES, type ReviewMode } from "./review-mode";
export { REVIEW_RATINGS, type ReviewRating } from "./review-rating";
export { PARAMETER_SCOPES, type ParameterScope } from "./parameter-scope";
export { USER_ROLES, type UserRole } from "./user-role";
export { FLAG_COMMENT_MAX, FLAG_REASON_LABELS, FLAG_REASON_NAMES, FLAG_REASONS, type FlagReason } from "./flag-reason";
export { BUILTIN_COLLECTION, COLLECTION_VISIBILITIES, type CollectionVisibility } from "./collection";
