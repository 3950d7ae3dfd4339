/**
 * Grading one response to one question. The UI calls it for immediate feedback and the server
 * calls it again before recording a review, so it accepts `unknown` shapes safely: a response of
 * the wrong shape is simply wrong, never an exception.
 */
import { matchesAnswer } from "./matching/match-answer";
import { normalizeText } from "./matching/normalize";
import type { GradeResult, Question, ResponseByType } from "./types";

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function isPairs(value: unknown): value is ResponseByType["matching"] {
  return (
    Array.isArray(value) &&
    value.every(
      (p) =>
        typeof p === "object" &&
        p !== null &&
        typeof (p as { left?: unknown }).left === "string" &&
        typeof (p as { right?: unknown }).right === "string",
    )
  );
}

/**
 * Grade a response. Response shapes: multiple choice → the choice index or the choice text;
 * true/false → boolean; cloze and typed → text (lenient matching; `accepted` tells which
 * accepted form it was taken as when that differs from what was typed); ordering → item ids,
 * earliest first; matching → `{ left, right }` id pairs, one per left item.
 */
export function gradeAnswer<Q extends Question>(question: Q, response: ResponseByType[Q["type"]] | unknown): GradeResult {
  const expected = question.answer;
  switch (question.type) {
    case "multiple_choice": {
      const index =
        typeof response === "number"
          ? response
          : typeof response === "string"
            ? question.choices.findIndex((c) => normalizeText(c) === normalizeText(response))
            : -1;
      return { correct: Number.isInteger(index) && index === question.answerIndex, expected };
    }
    case "true_false":
      return { correct: typeof response === "boolean" && response === question.truth, expected };
    case "cloze":
    case "typed": {
      if (typeof response !== "string") return { correct: false, expected };
      const match = matchesAnswer(response, question.accepted);
      if (!match.correct) return { correct: false, expected };
      // Say what it was taken as only when that is news (an alias, a typo, another date format).
      const typed = normalizeText(response);
      const news = typed !== normalizeText(match.matched) && typed !== normalizeText(expected);
      return news ? { correct: true, expected, accepted: match.matched } : { correct: true, expected };
    }
    case "ordering": {
      const order = question.correctOrder;
      const correct = isStringArray(response) && response.length === order.length && response.every((id, i) => id === order[i]);
      return { correct, expected };
    }
    case "matching": {
      if (!isPairs(response) || response.length !== question.pairs.length) return { correct: false, expected };
      const want = new Map(question.pairs.map((p) => [p.left, p.right]));
      const lefts = new Set(response.map((p) => p.left));
      const correct = lefts.size === want.size && response.every((p) => want.get(p.left) === p.right);
      return { correct, expected };
    }
  }
}
