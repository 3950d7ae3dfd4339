/**
 * A student's raw response (as stored in review_logs.answer) turned into the text a teacher
 * reads on the dashboard: "which wrong answer did the class give most?" Pure: the question's
 * payload supplies the labels.
 */
import type { LabelledItem, Question } from "@/lib/questions/types";

/** Separator between ordering items, as the question's own readable `answer` uses. */
export const ORDER_SEPARATOR = " → ";

/**
 * Free text folded only as far as grouping needs (trimmed, lower-cased), not as far as grading's
 * `normalizeText`: the teacher should still see what was typed. The dashboard's SQL groups typed
 * answers by the same folding (`lower(btrim(…))`), so one readable answer is one group.
 */
export function foldTypedAnswer(text: string): string {
  return text.trim().toLowerCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function labelOf(items: LabelledItem[], id: string): string {
  return items.find((i) => i.id === id)?.label ?? id;
}

/** What we show for a response whose shape does not fit its question (stale client, schema drift). */
function fallback(answer: unknown): string {
  return typeof answer === "string" ? answer.trim() : (JSON.stringify(answer) ?? "");
}

/**
 * The readable form of a response to `question`:
 * - multiple choice: the chosen choice's text (index into `choices`; a text response as sent);
 * - true/false: "True" or "False";
 * - cloze and typed: trimmed and lower-cased;
 * - ordering: item labels in the student's order, joined " → ";
 * - matching: "left label: right label" pairs in the question's left-column order, joined "; ".
 * Unknown item ids show as the id; a response of the wrong shape shows as its JSON.
 */
export function readableAnswer(question: Question, answer: unknown): string {
  switch (question.type) {
    case "multiple_choice":
      if (typeof answer === "number") return question.choices[answer] ?? `Choice ${answer + 1}`;
      return fallback(answer);
    case "true_false":
      return typeof answer === "boolean" ? (answer ? "True" : "False") : fallback(answer);
    case "cloze":
    case "typed":
      return typeof answer === "string" ? foldTypedAnswer(answer) : fallback(answer);
    case "ordering":
      if (!Array.isArray(answer) || !answer.every((id) => typeof id === "string")) return fallback(answer);
      return answer.map((id: string) => labelOf(question.items, id)).join(ORDER_SEPARATOR);
    case "matching": {
      if (!Array.isArray(answer) || !answer.every((p) => isObject(p) && typeof p.left === "string" && typeof p.right === "string")) {
        return fallback(answer);
      }
      const pairs = answer as { left: string; right: string }[];
      // Left-column order, so two submissions of the same pairing in a different order read alike.
      const rank = (id: string) => {
        const i = question.left.findIndex((l) => l.id === id);
        return i === -1 ? Number.MAX_SAFE_INTEGER : i;
      };
      return [...pairs]
        .sort((a, b) => rank(a.left) - rank(b.left) || (a.left < b.left ? -1 : a.left > b.left ? 1 : 0))
        .map((p) => `${labelOf(question.left, p.left)}: ${labelOf(question.right, p.right)}`)
        .join("; ");
    }
  }
}

/** Code-unit order (not locale order), so the same data gives the same winner on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Of several raw answers tied for "most chosen", the one whose readable text sorts first, with
 * that text. Null when there are none.
 */
export function pickReadable(question: Question, candidates: unknown[]): string | null {
  let best: string | null = null;
  for (const candidate of candidates) {
    const text = readableAnswer(question, candidate);
    if (best === null || compareText(text, best) < 0) best = text;
  }
  return best;
}
