"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { ScoredQuestion } from "@/components/quiz/scored-question";
import { SessionProgress } from "@/components/study/progress-bar";
import type { QuizView } from "@/db/queries/quiz-view";
import type { AnswerReveal, PublicQuestion } from "@/lib/quiz/present";

interface Shown {
  question: PublicQuestion;
  position: number;
  answered: unknown;
  reveal: AnswerReveal | null;
}

async function post<T>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });
  const json = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new Error(json.error ?? "Could not reach the server. Check your connection and try again.");
  return json;
}

function toShown(view: QuizView): Shown | null {
  return view.question && view.position ? { question: view.question, position: view.position, answered: undefined, reveal: null } : null;
}

/**
 * A scored quiz attempt, one question at a time, graded on the server: the browser only ever holds
 * the current question without its key. Progress lives in the attempt on the server, so another
 * device (or a reload) resumes at the next unanswered question.
 */
export function ScoredQuiz({ initial }: { initial: QuizView }) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  const [shown, setShown] = useState<Shown | null>(() => toShown(initial));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/quiz/${view.assignmentId}`;

  const adopt = (next: QuizView) => {
    setView(next);
    setShown(toShown(next));
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const start = () => run(async () => adopt(await post<QuizView>(`${base}/start`)));
  const submit = () =>
    run(async () => {
      await post(`${base}/submit`);
      router.refresh();
    });
  const answer = (response: unknown, responseMs: number) => {
    if (!shown) return;
    setShown({ ...shown, answered: response });
    void run(async () => {
      try {
        const result = await post<{ reveal: AnswerReveal | null; view: QuizView }>(`${base}/answer`, {
          questionId: shown.question.id,
          response,
          responseMs,
        });
        if (result.reveal) {
          setView(result.view);
          setShown({ ...shown, answered: response, reveal: result.reveal });
        } else adopt(result.view);
      } catch (e) {
        // Refused (answered on another device, time up): show where the attempt really is.
        const fresh = await fetch(base, { cache: "no-store" }).then((r) => (r.ok ? (r.json() as Promise<QuizView>) : null));
        if (fresh && fresh.status !== "in-progress") router.refresh();
        if (fresh) adopt(fresh);
        else setShown({ ...shown, answered: undefined });
        throw e;
      }
    });
  };
  const expired = useCallback(() => router.refresh(), [router]);

  const message = error && (
    <p className="form-message" role="alert">
      {error}
    </p>
  );

  if (view.status !== "in-progress") {
    return (
      <section className="card stack" aria-labelledby="quiz-start-title">
        <h2 id="quiz-start-title">
          {view.closed ? "This quiz has closed" : view.scores.length > 0 ? "Take the quiz again" : "Ready when you are"}
        </h2>
        <QuizRules view={view} />
        {message}
        {view.status === "ready" && (
          <button type="button" className="button button-primary button-block" onClick={() => void start()} disabled={busy}>
            {view.scores.length > 0 ? `Start attempt ${view.scores.length + 1}` : "Start the quiz"}
          </button>
        )}
      </section>
    );
  }

  return (
    <div className="study">
      <SessionProgress done={view.answered} total={view.total} />
      {view.deadlineAt && <Countdown deadlineAt={view.deadlineAt} onExpired={expired} />}
      {message}
      {shown ? (
        <ScoredQuestion
          key={shown.question.id}
          question={shown.question}
          reveal={shown.reveal}
          answered={shown.answered}
          onSubmit={answer}
          footer={
            shown.reveal && (
              <button
                type="button"
                className="button button-primary button-block next-button"
                autoFocus
                onClick={() => adopt(view)}
                disabled={busy}
              >
                {view.question ? "Next question" : "Continue"}
              </button>
            )
          }
        />
      ) : (
        <section className="card stack" aria-labelledby="quiz-submit-title">
          <h2 id="quiz-submit-title">All {view.total} questions answered</h2>
          <p>Submit the attempt to see your score{view.feedback === "end" ? " and the answers" : ""}.</p>
          <button type="button" className="button button-primary button-block" onClick={() => void submit()} disabled={busy}>
            Submit the quiz
          </button>
        </section>
      )}
      {shown && !shown.reveal && view.answered > 0 && (
        <button type="button" className="button button-quiet" onClick={() => void submit()} disabled={busy}>
          Submit now (unanswered questions count as wrong)
        </button>
      )}
    </div>
  );
}

function QuizRules({ view }: { view: QuizView }) {
  return (
    <ul className="quiz-rules">
      <li>{view.total} questions, one at a time; each answer is final once sent.</li>
      <li>{view.feedback === "each" ? "You see if you were right after each question." : "You see your answers after you submit."}</li>
      {view.minutesAllowed !== null && <li>Time limit: {view.minutesAllowed} minutes from the start.</li>}
      <li>
        {view.closed
          ? "It closed at its due date; ask your teacher if you need to take it."
          : view.attemptsLeft === 0
            ? "No attempts left."
            : `${view.attemptsLeft} attempt${view.attemptsLeft === 1 ? "" : "s"} left.`}
      </li>
    </ul>
  );
}

function Countdown({ deadlineAt, onExpired }: { deadlineAt: string; onExpired: () => void }) {
  const deadline = new Date(deadlineAt).getTime();
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    let fired = false;
    const tick = () => {
      const ms = deadline - Date.now();
      setLeft(ms);
      if (ms <= 0 && !fired) {
        fired = true;
        onExpired();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, onExpired]);
  if (left === null) return null;
  const seconds = Math.max(0, Math.ceil(left / 1000));
  return (
    <p className="quiz-timer">
      Time left: {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, "0")}
    </p>
  );
}
