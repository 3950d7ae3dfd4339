/**
 * Tests only: the response a student would send for a scored-quiz question as shown in an attempt
 * (shown order, opaque ids), right or deliberately wrong, computed from the question's key.
 */
import type { Question } from "@/lib/questions/types";
import { presentQuestion } from "@/lib/quiz/present";

export function scoredResponse(question: Question, seed: number | null, right: boolean): unknown {
  const shown = presentQuestion(question, seed);
  switch (question.type) {
    case "multiple_choice": {
      const choices = shown.type === "multiple_choice" ? shown.choices : [];
      const at = choices.indexOf(question.choices[question.answerIndex] ?? "");
      return right ? at : (at + 1) % choices.length;
    }
    case "true_false":
      return right ? question.truth : !question.truth;
    case "cloze":
    case "typed":
      return right ? question.answer : "zzzz";
    case "ordering": {
      const items = shown.type === "ordering" ? shown.items : [];
      const alias = (id: string) => items.find((i) => i.label === question.items.find((q) => q.id === id)?.label)?.id ?? "";
      const order = question.correctOrder.map(alias);
      return right ? order : [...order].reverse();
    }
    case "matching": {
      if (shown.type !== "matching") return [];
      const leftAlias = (id: string) => shown.left.find((i) => i.label === question.left.find((q) => q.id === id)?.label)?.id ?? "";
      const rightAlias = (id: string) => shown.right.find((i) => i.label === question.right.find((q) => q.id === id)?.label)?.id ?? "";
      const rights = question.pairs.map((p) => rightAlias(p.right));
      return question.pairs.map((p, i) => ({ left: leftAlias(p.left), right: right ? rights[i] : rights[(i + 1) % rights.length] }));
    }
  }
}
