/**
 * How much a question makes the student read before answering: what the response-time
 * thresholds of `inferRating` allow for (their `typicalChars`), so a long question is not graded
 * "hard" — nor a short one "easy" — for reading time alone.
 */
import type { Question } from "./types";

const sum = (texts: readonly string[]) => texts.reduce((n, text) => n + text.length, 0);

/**
 * Characters on screen before the answer: the prompt, plus the statement of a true/false
 * question when the prompt does not already contain it, the choices of a multiple-choice
 * question, the items to order, or both columns to match. The same measure the thresholds'
 * typical lengths were taken with (medians over the generated bank, see lib/scheduling/rating.ts).
 */
export function countCharactersToRead(question: Question): number {
  const prompt = question.prompt.length;
  switch (question.type) {
    case "true_false":
      return question.prompt.includes(question.statement) ? prompt : prompt + question.statement.length;
    case "multiple_choice":
      return prompt + sum(question.choices);
    case "ordering":
      return prompt + sum(question.items.map((item) => item.label));
    case "matching":
      return prompt + sum(question.left.map((item) => item.label)) + sum(question.right.map((item) => item.label));
    case "cloze":
    case "typed":
      return prompt;
  }
}
