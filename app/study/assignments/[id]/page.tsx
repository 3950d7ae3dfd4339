import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { RevealFeedback } from "@/components/quiz/scored-question";
import { LocalTime } from "@/components/ui/local-time";
import { getDb } from "@/db";
import { getStudentAssignment } from "@/db/queries/assignments";
import { loadQuizState, reviewSubmittedAttempt } from "@/db/queries/quiz-attempts";
import { buildQuizView } from "@/db/queries/quiz-view";
import { requireUser } from "@/server/auth/guards";
import { uuidSchema } from "@/lib/validation/teaching";
import { ScoredQuiz } from "./_components/scored-quiz";

export const metadata: Metadata = { title: "Quiz" };

/**
 * A scored quiz: the attempt lives on the server and is graded there one question at a time (see
 * db/queries/quiz-attempts.ts). This page sends only the next unanswered question, without its
 * key; the answers of an attempt are shown once it is submitted.
 */
export default async function AssignmentQuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/study/assignments/${id}`);
  if (!uuidSchema.safeParse(id).success) notFound();
  const db = await getDb();
  const state = await loadQuizState(db, { studentId: user.id, assignmentId: id, now: new Date() });
  if (!state) {
    // A practice assignment of one of the student's classes opens in practice; anything else is not theirs.
    if (await getStudentAssignment(db, { studentId: user.id, assignmentId: id })) redirect(`/study/practice?mode=quiz&assignment=${id}`);
    notFound();
  }
  const view = await buildQuizView(db, state);
  const latest = view.latest;
  const review =
    latest && !state.open ? await reviewSubmittedAttempt(db, { studentId: user.id, assignmentId: id, attemptNo: latest.attemptNo }) : null;
  return (
    <main className="stack">
      <h1>Quiz: {view.setName}</h1>
      <p className="muted">
        {view.className} · {view.total} questions · scored · due <LocalTime iso={view.dueAt} />
      </p>
      {latest && !state.open && (
        <section className="card stack" aria-labelledby="score-title">
          <h2 id="score-title">Quiz submitted</h2>
          <p className="quiz-score" data-testid="quiz-score">
            Your score: {latest.correct} / {latest.total}
          </p>
          {view.scores.length > 1 && view.best && (
            <p data-testid="quiz-best">
              Best of {view.scores.length} attempts: {view.best.correct} / {view.best.total} (attempt {view.best.attemptNo})
            </p>
          )}
          <p>These questions now come back in your daily reviews.</p>
          <Link href={`/study/practice?mode=quiz&assignment=${id}`} className="button button-primary">
            Practise these questions
          </Link>
        </section>
      )}
      {(view.status !== "done" || state.open) && <ScoredQuiz key={`${view.attemptNo ?? "none"}-${view.scores.length}`} initial={view} />}
      {review && (
        <section className="stack" aria-labelledby="answers-title">
          <h2 id="answers-title">Your answers (attempt {latest?.attemptNo})</h2>
          <ol className="quiz-review">
            {review.map(({ question, correct, reveal }) => (
              <li key={question.id} className="card">
                {/* The type says what was asked: a true/false prompt is a bare statement, and without
                    its tag it would read as a claim next to the verdict. */}
                <p className="question-type">{QUESTION_TYPE_LABELS[question.type]}</p>
                <p className="question-prompt">{question.prompt}</p>
                {question.type === "true_false" && !question.prompt.includes(question.statement) && (
                  <blockquote className="statement">{question.statement}</blockquote>
                )}
                <RevealFeedback reveal={reveal} unanswered={correct === null} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
