/** The kinds of question the generator makes, as stored in `questions.type` and sent in the URL filter. */

/** Every question type, in the order the bank lists them. */
export const QUESTION_TYPES = ["multiple_choice", "true_false", "cloze", "typed", "ordering", "matching"] as const;

/** One of the six kinds of question. */
export type QuestionType = (typeof QUESTION_TYPES)[number];
