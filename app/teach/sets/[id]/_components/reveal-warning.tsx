import type { Reveal } from "@/lib/questions/lint/set-reveals";
import type { Question } from "@/lib/questions/types";

/**
 * Pairs in the set where one question's card names another's answer (findReveals). A warning, not
 * a refusal: the teacher may keep the pair (say, to practise both on different days).
 */
export function RevealWarning({ reveals, items }: { reveals: Reveal[]; items: Question[] }) {
  const position = new Map(items.map((q, i) => [q.id, i + 1]));
  const prompt = new Map(items.map((q) => [q.id, q.prompt]));
  return (
    <div className="warning-box" role="note" data-testid="reveal-warning">
      <p>
        <strong>
          {reveals.length === 1 ? "One question gives away" : `${reveals.length} questions give away`} another&apos;s answer in this set.
        </strong>{" "}
        A student who sees the first can answer the second without knowing it. You may keep them, or remove one.
      </p>
      <ul>
        {reveals.map((r) => (
          <li key={`${r.revealer}>${r.revealed}`}>
            {`Question ${position.get(r.revealer)} (“${prompt.get(r.revealer)}”) shows “${r.form}”, the answer to question ${position.get(r.revealed)} (“${prompt.get(r.revealed)}”).`}
          </li>
        ))}
      </ul>
    </div>
  );
}
