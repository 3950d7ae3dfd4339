import type { QuestionType } from "@/lib/domain";

/** How each question type is named to people, in lists and on the card itself. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill in the blank",
  typed: "Type the answer",
  ordering: "Put in order",
  matching: "Match the pairs",
};
