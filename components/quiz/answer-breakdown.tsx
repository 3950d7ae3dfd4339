import type { Question, QuestionResponse } from "@/lib/questions/types";

/**
 * For an ordering or matching answer, the right answer part by part, each marked against what
 * the student gave (✓, or ✗ with their choice), so a wrong answer says which part was wrong
 * rather than only printing the whole answer as one long line.
 */
export function AnswerBreakdown({ question, response }: { question: Question; response: QuestionResponse }) {
  if (question.type === "ordering") {
    const given = Array.isArray(response) ? (response as string[]) : [];
    const label = new Map(question.items.map((i) => [i.id, i.label]));
    return (
      <ol className="answer-breakdown" aria-label="The right order, against yours">
        {question.correctOrder.map((id, index) => {
          const yours = given.indexOf(id);
          const right = yours === index;
          return (
            <li key={id} className={right ? "part-right" : "part-wrong"}>
              {label.get(id) ?? id}{" "}
              <span className="part-mark">{right ? "✓" : yours >= 0 ? `✗ you had it ${ordinal(yours + 1)}` : "✗"}</span>
            </li>
          );
        })}
      </ol>
    );
  }
  if (question.type === "matching") {
    const given = new Map(Array.isArray(response) ? (response as { left: string; right: string }[]).map((p) => [p.left, p.right]) : []);
    const left = new Map(question.left.map((i) => [i.id, i.label]));
    const right = new Map(question.right.map((i) => [i.id, i.label]));
    return (
      <ul className="answer-breakdown" aria-label="The right pairs, against yours">
        {question.pairs.map((pair) => {
          const yours = given.get(pair.left);
          const ok = yours === pair.right;
          return (
            <li key={pair.left} className={ok ? "part-right" : "part-wrong"}>
              {left.get(pair.left) ?? pair.left} → <strong>{right.get(pair.right) ?? pair.right}</strong>{" "}
              <span className="part-mark">{ok ? "✓" : yours ? `✗ you chose ${right.get(yours) ?? yours}` : "✗"}</span>
            </li>
          );
        })}
      </ul>
    );
  }
  return null;
}

function ordinal(n: number): string {
  return n === 1 ? "1st" : n === 2 ? "2nd" : n === 3 ? "3rd" : `${n}th`;
}
