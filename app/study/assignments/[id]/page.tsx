import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { getStudentAssignment, listAssignmentQuestionIds, startQuizAttempt } from "@/db/queries/assignments";
import { getQuestionsByIds } from "@/db/queries/study";
import { requireUser } from "@/server/auth/guards";
import { uuidSchema } from "@/lib/validation/teaching";
import { QuizAttempt } from "./_components/quiz-attempt";

export const metadata: Metadata = { title: "Quiz" };

export default async function AssignmentQuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/study/assignments/${id}`);
  if (!uuidSchema.safeParse(id).success) notFound();
  const db = await getDb();
  // Only an assignment of one of the student's own classes is found at all.
  const assignment = await getStudentAssignment(db, { studentId: user.id, assignmentId: id });
  if (!assignment) notFound();
  if (!assignment.isQuiz) redirect(`/study/practice?mode=quiz&assignment=${id}`);
  const attempt = await startQuizAttempt(db, { studentId: user.id, assignmentId: id });
  if (!attempt) notFound();
  if (attempt.submitted) {
    return (
      <main className="stack">
        <h1>{assignment.setName}</h1>
        <p className="quiz-score" data-testid="quiz-score">
          Your score: {assignment.score} / {assignment.questions}
        </p>
        <p>You have taken this quiz. Its questions are in your daily reviews.</p>
        <Link href={`/study/practice?mode=quiz&assignment=${id}`} className="button button-primary">
          Practise these questions
        </Link>
      </main>
    );
  }
  const questions = await getQuestionsByIds(db, (await listAssignmentQuestionIds(db, { studentId: user.id, assignmentId: id })) ?? []);
  return (
    <main className="stack">
      <h1>Quiz: {assignment.setName}</h1>
      <p className="muted">
        {assignment.className} · {questions.length} questions · one attempt, scored.
      </p>
      <QuizAttempt userId={user.id} assignmentId={id} questions={questions} />
    </main>
  );
}
