/**
 * A scored-quiz question as the browser may see it before it is answered: the prompt and what to
 * choose from, and nothing that gives the answer away. No answer, explanation, answer index,
 * truth value, accepted forms, correct order, pairs, dates, event ids or tags; ordering and
 * matching items get opaque ids ("o0", "l1", "r2"…) because their real ids are event slugs that
 * can carry a date. `decodeResponse` turns what the browser sends back into a response in the
 * question's own ids, so the server grades it with the same `gradeAnswer` as practice.
 *
 * With a shuffle seed, choices, items and columns are shown in an order of their own per attempt;
 * the order is recomputed from the seed, never stored.
 */
import { rngFor, shuffle } from "@/lib/questions/random";
import type { LabelledItem, MatchingPair, Question, QuestionResponse } from "@/lib/questions/types";

export type PublicQuestion =
  | { id: string; type: "multiple_choice"; prompt: string; choices: string[] }
  | { id: string; type: "true_false"; prompt: string; statement: string }
  | { id: string; type: "cloze"; prompt: string; text: string }
  | { id: string; type: "typed"; prompt: string }
  | { id: string; type: "ordering"; prompt: string; items: LabelledItem[] }
  | { id: string; type: "matching"; prompt: string; left: LabelledItem[]; right: LabelledItem[] };

/** Longest free-text answer accepted (a name, a date, a phrase). */
export const MAX_TEXT_ANSWER = 300;

function order<T>(items: readonly T[], seed: number | null, key: string): T[] {
  return seed === null ? [...items] : shuffle(items, rngFor(seed, key));
}

/** The display order of a question's parts for one attempt (null seed: the bank's own order). */
function layout(question: Question, seed: number | null) {
  switch (question.type) {
    case "multiple_choice":
      return { choices: order(question.choices, seed, `${question.id}|choices`) };
    case "ordering":
      return { items: order(question.items, seed, `${question.id}|items`) };
    case "matching":
      return { left: order(question.left, seed, `${question.id}|left`), right: order(question.right, seed, `${question.id}|right`) };
    default:
      return {};
  }
}

/** What the browser may see of `question` before it is answered. */
export function presentQuestion(question: Question, seed: number | null): PublicQuestion {
  const { id, prompt } = question;
  switch (question.type) {
    case "multiple_choice":
      return { id, type: "multiple_choice", prompt, choices: layout(question, seed).choices ?? [] };
    case "true_false":
      return { id, type: "true_false", prompt, statement: question.statement };
    case "cloze":
      return { id, type: "cloze", prompt, text: question.text };
    case "typed":
      return { id, type: "typed", prompt };
    case "ordering":
      return {
        id,
        type: "ordering",
        prompt,
        items: (layout(question, seed).items ?? []).map((item, i) => ({ id: `o${i}`, label: item.label })),
      };
    case "matching": {
      const { left = [], right = [] } = layout(question, seed);
      return {
        id,
        type: "matching",
        prompt,
        left: left.map((item, i) => ({ id: `l${i}`, label: item.label })),
        right: right.map((item, i) => ({ id: `r${i}`, label: item.label })),
      };
    }
  }
}

/**
 * The browser's response (in the shown order and opaque ids) as a response to the question itself,
 * or null when it is not a well-formed answer to it: multiple choice → the choice's index in the
 * bank's order; ordering → real item ids; matching → real pairs. Nothing here says if it is right.
 */
export function decodeResponse(question: Question, seed: number | null, response: unknown): QuestionResponse | null {
  switch (question.type) {
    case "multiple_choice": {
      const shown = layout(question, seed).choices ?? [];
      if (typeof response !== "number" || !Number.isInteger(response)) return null;
      const text = shown[response];
      return text === undefined ? null : question.choices.indexOf(text);
    }
    case "true_false":
      return typeof response === "boolean" ? response : null;
    case "cloze":
    case "typed":
      return typeof response === "string" && response.trim().length > 0 && response.length <= MAX_TEXT_ANSWER ? response : null;
    case "ordering": {
      const shown = layout(question, seed).items ?? [];
      if (!Array.isArray(response) || response.length !== shown.length) return null;
      const ids = response.map((alias) => (typeof alias === "string" ? shown[aliasIndex(alias, "o")]?.id : undefined));
      if (ids.some((x) => x === undefined) || new Set(ids).size !== ids.length) return null;
      return ids as string[];
    }
    case "matching": {
      const { left = [], right = [] } = layout(question, seed);
      if (!Array.isArray(response) || response.length !== left.length) return null;
      const pairs: MatchingPair[] = [];
      for (const pair of response as unknown[]) {
        if (typeof pair !== "object" || pair === null) return null;
        const { left: l, right: r } = pair as Record<string, unknown>;
        const leftId = typeof l === "string" ? left[aliasIndex(l, "l")]?.id : undefined;
        const rightId = typeof r === "string" ? right[aliasIndex(r, "r")]?.id : undefined;
        if (!leftId || !rightId) return null;
        pairs.push({ left: leftId, right: rightId });
      }
      if (new Set(pairs.map((p) => p.left)).size !== pairs.length || new Set(pairs.map((p) => p.right)).size !== pairs.length) return null;
      return pairs;
    }
  }
}

function aliasIndex(alias: string, prefix: string): number {
  return /^[olr]\d{1,2}$/.test(alias) && alias.startsWith(prefix) ? Number(alias.slice(1)) : -1;
}

/** Feedback once a question is answered (or once the attempt is submitted): the verdict, the answer and why. */
export interface AnswerReveal {
  questionId: string;
  correct: boolean;
  /** The correct answer, readable. */
  expected: string;
  explanation: string;
  sources: Question["sources"];
  /** Multiple choice: the right choice's index in the shown order (to mark it). */
  correctChoice?: number;
}

export function revealAnswer(question: Question, seed: number | null, correct: boolean, expected: string): AnswerReveal {
  const reveal: AnswerReveal = { questionId: question.id, correct, expected, explanation: question.explanation, sources: question.sources };
  if (question.type === "multiple_choice") {
    const right = question.choices[question.answerIndex];
    reveal.correctChoice = (layout(question, seed).choices ?? []).findIndex((c) => c === right);
  }
  return reveal;
}
