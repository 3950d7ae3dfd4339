"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { QuestionCard } from "@/components/quiz/question-card";
import { SessionProgress } from "@/components/study/progress-bar";
import { newReviewId } from "@/components/study/review-id";
import { SyncStatus } from "@/components/study/sync-status";
import { useReviewSync } from "@/components/study/use-review-sync";
import { useIsClient } from "@/components/ui/use-is-client";
import type { Question } from "@/lib/questions/types";
import { submitQuizAttemptAction } from "@/app/study/_actions/quiz-attempts";

const KEY = (id: string) => `kizuna:attempt:${id}`;

interface QuizAttemptProps {
  userId: string;
  assignmentId: string;
  questions: Question[];
}

/**
 * A scored quiz, taken once: the set's questions in order, each answer recorded as a review
 * (so the questions join spaced repetition), then the attempt is submitted and scored on the
 * server from those reviews. The position survives a reload.
 */
export function QuizAttempt(props: QuizAttemptProps) {
  // The position is kept in this browser's localStorage: the server (and hydration) render the
  // loading line, then the attempt resumes on the client.
  const isClient = useIsClient();
  if (!isClient) return <p className="muted">Loading the quiz…</p>;
  return <ActiveAttempt key={props.assignmentId} {...props} />;
}

function ActiveAttempt({ userId, assignmentId, questions }: QuizAttemptProps) {
  const sync = useReviewSync(userId);
  const [position, setPosition] = useState(() => Number(localStorage.getItem(KEY(assignmentId)) ?? 0) || 0);
  const [score, setScore] = useState<{ correct: number; total: number } | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);

  useEffect(() => localStorage.setItem(KEY(assignmentId), String(position)), [assignmentId, position]);

  const finished = position >= questions.length;
  // Submit only once every answer is saved, so the server scores all of them.
  useEffect(() => {
    if (!finished || score || sync.pending > 0) return;
    const form = new FormData();
    form.set("assignmentId", assignmentId);
    submitQuizAttemptAction(form).then(
      (result) => {
        if (result.data) {
          setScore(result.data);
          localStorage.removeItem(KEY(assignmentId));
        } else setSubmitError("This quiz could not be submitted. Reload the page to try again.");
      },
      () => setSubmitError("Could not reach the server to submit. Retrying when you reload."),
    );
  }, [assignmentId, finished, score, sync.pending]);

  if (finished) {
    return (
      <section className="card summary" aria-labelledby="score-title">
        <h2 id="score-title">{score ? "Quiz submitted" : "Submitting your answers…"}</h2>
        {score && (
          <p className="quiz-score" data-testid="quiz-score">
            Score: {score.correct} / {score.total}
          </p>
        )}
        {submitError && (
          <p className="form-message" role="alert">
            {submitError}
          </p>
        )}
        <SyncStatus state={sync} onRetry={() => void sync.retryNow()} />
        {score && (
          <p>
            These questions now come back in your daily reviews. <Link href="/study">Back to study home</Link>
          </p>
        )}
      </section>
    );
  }
  const question = questions[position];
  if (!question) return null;
  return (
    <div className="study">
      <SessionProgress done={position} total={questions.length} />
      <QuestionCard
        key={question.id}
        question={question}
        onAnswered={(answer) =>
          sync.record({
            id: newReviewId(),
            questionId: question.id,
            reviewedAt: new Date().toISOString(),
            mode: "quiz",
            response: answer.response,
            responseMs: answer.responseMs,
          })
        }
        footer={() => (
          <button
            type="button"
            className="button button-primary button-block next-button"
            autoFocus
            onClick={() => setPosition(position + 1)}
          >
            {position + 1 < questions.length ? "Next question" : "Finish and submit"}
          </button>
        )}
      />
      <SyncStatus state={sync} onRetry={() => void sync.retryNow()} />
    </div>
  );
}
