import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import type { Question } from "@/lib/questions/types";

/**
 * Questions of the set that ask one fact in different forms (findSameFactGroups). A warning, not a
 * refusal: the teacher may keep both, knowing how they count.
 */
export function SameFactWarning({ groups, items }: { groups: Question[][]; items: Question[] }) {
  const position = new Map(items.map((q, i) => [q.id, i + 1]));
  return (
    <div className="warning-box" role="note" data-testid="same-fact-warning">
      <p>
        <strong>
          {groups.length === 1 ? "Two or more questions ask the same fact" : `${groups.length} facts are asked more than once`} in this set.
        </strong>{" "}
        They are one thing to remember: in practice they come back as one card, and in a quiz the second is answered with the first just
        seen. You may keep them, or remove all but one.
      </p>
      <ul>
        {groups.map((group) => (
          <li key={group[0]?.id}>
            {group.map((q) => `question ${position.get(q.id)} (${QUESTION_TYPE_LABELS[q.type].toLowerCase()})`).join(", ")}: “
            {group[0]?.prompt}”
          </li>
        ))}
      </ul>
    </div>
  );
}
