/**
 * Question generation: events → a deterministic bank of multiple choice, true/false, cloze,
 * typed, ordering and matching questions, and the grading the UI and the server share.
 */
export { buildQuestionBank, DEFAULT_SEED, generateQuestionBank, type QuestionBankReport } from "./generate-bank";
export { gradeAnswer } from "./grade";
export { matchesAnswer, type MatchHow, type MatchResult } from "./matching/match-answer";
export { normalizeText } from "./matching/normalize";
export { acceptedAnswersFor } from "./accepted";
export { indexDataset, type DatasetIndex } from "./dataset-index";
export { renderDate } from "./render/date";
export { renderNumber, renderQuantity } from "./render/number";
export { renderAnswer } from "./render/answer";
export * from "./types";
