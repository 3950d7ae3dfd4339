import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { Skeleton, SkeletonCard } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { listFlaggedQuestions } from "@/db/queries/question-flags";
import { requireTeacher, type SessionUser } from "@/server/auth/guards";
import { FLAG_REASON_NAMES, type QuestionType } from "@/lib/domain";
import { FlagQuestion } from "../_components/flag-question";

export const metadata: Metadata = { title: "Flagged questions" };

const formatWhen = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

export default async function FlaggedQuestionsPage() {
  const teacher = await requireTeacher("/teach/flagged");
  return (
    <main className="stack wide">
      <h1>Flagged questions</h1>
      <p className="lead">
        Questions you flagged, and questions in your sets that your students reported. A question you flag is left out of your sets&apos;
        sessions until you clear the flag.
      </p>
      <Suspense
        fallback={
          <Skeleton label="Loading flagged questions…">
            <SkeletonCard lines={3} />
            <SkeletonCard lines={3} />
          </Skeleton>
        }
      >
        <FlaggedList teacher={teacher} />
      </Suspense>
    </main>
  );
}

/** The teacher's own flags and their students' reports: nobody else's is read (db/queries/question-flags.ts). */
async function FlaggedList({ teacher }: { teacher: SessionUser }) {
  const flagged = await listFlaggedQuestions(await getDb(), { teacherId: teacher.id });
  if (flagged.length === 0) {
    return (
      <p className="muted" data-testid="no-flags">
        Nothing is flagged. Flag a question from the <Link href="/teach/questions">question bank</Link>, a set or an assignment&apos;s
        dashboard.
      </p>
    );
  }
  return (
    <ol className="bank-list flagged-list">
      {flagged.map((q) => (
        <li key={q.questionId} className="card bank-item flagged-item" data-question-id={q.questionId}>
          <p className="bank-meta">
            <span className="pill">{QUESTION_TYPE_LABELS[q.type as QuestionType] ?? q.type}</span>
            {q.sets.map((s) => (
              <Link key={s.id} href={`/teach/sets/${s.id}`} className="tag">
                {s.name}
              </Link>
            ))}
          </p>
          <p className="bank-prompt">{q.prompt}</p>
          <p className="muted">Answer: {q.answer}</p>
          <ul className="flag-entries">
            {q.flag && (
              <li className="flag-entry" data-testid="teacher-flag">
                <strong>{FLAG_REASON_NAMES[q.flag.reason]}</strong>, flagged by {q.flag.teacherName} (you) on{" "}
                <time dateTime={q.flag.flaggedAt.toISOString()}>{formatWhen(q.flag.flaggedAt)}</time>
                <p className="flag-comment">{q.flag.comment}</p>
              </li>
            )}
            {q.reports.map((r, i) => (
              <li key={i} className="flag-entry" data-testid="student-report">
                <strong>{FLAG_REASON_NAMES[r.reason]}</strong>, reported by {r.studentName} (student) on{" "}
                <time dateTime={r.reportedAt.toISOString()}>{formatWhen(r.reportedAt)}</time>
                {r.comment ? <p className="flag-comment">{r.comment}</p> : <p className="muted">No comment.</p>}
              </li>
            ))}
          </ul>
          <div className="actions-inline">
            <FlagQuestion questionId={q.questionId} label={q.prompt} current={q.flag} showStatus={false} />
            <Link href={`/teach/questions/${q.questionId}`} className="button button-quiet">
              Preview<span className="visually-hidden">: {q.prompt}</span>
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}
