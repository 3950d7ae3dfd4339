import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { StudentAssignment } from "@/db/queries/assignments";

/** The student's assignments: what, for which class, due when, and how far they are. */
export function AssignmentList({ assignments, now }: { assignments: StudentAssignment[]; now: Date }) {
  return (
    <ul className="row-list">
      {assignments.map((a) => {
        const overdue = a.dueAt.getTime() < now.getTime();
        const href = a.isQuiz ? `/study/assignments/${a.id}` : `/study/practice?mode=quiz&assignment=${a.id}`;
        return (
          <li key={a.id}>
            <Link href={href} className="row-link assignment">
              <span>
                <strong>{a.setName}</strong>
                {a.isQuiz && <span className="pill">{a.attemptSubmitted ? `Quiz score ${a.score}/${a.questions}` : "Scored quiz"}</span>}
                <br />
                <span className="muted">
                  {a.className} · {overdue ? "was due" : "due"} <LocalTime iso={a.dueAt.toISOString()} />
                </span>
              </span>
              <span className="assignment-progress">
                <progress
                  value={a.answered}
                  max={Math.max(a.questions, 1)}
                  aria-label={`${a.setName}: ${a.answered} of ${a.questions} answered`}
                />
                {/* Said in words: beside a quiz's score, "12/12" read as a second score. */}
                <span>
                  {a.answered} of {a.questions} answered
                </span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
