/**
 * What the scored-quiz page and its API send to the browser: the attempt's progress and, while it
 * is in progress, only the next unanswered question in its public form (lib/quiz/present.ts) —
 * never an answer, order, pair or explanation. The page and every quiz API route build it here.
 */
import type { QuizFeedbackMode } from "@/lib/domain";
import { presentQuestion, type PublicQuestion } from "@/lib/quiz/present";
import type { Db } from "../client";
import { attemptQuestionIds, nextQuestionId, type QuizState } from "./quiz-attempts";
import { getQuestionsByIds } from "./study";

export interface QuizScore {
  attemptNo: number;
  correct: number;
  total: number;
  submittedAt: string;
}

export interface QuizView {
  assignmentId: string;
  setName: string;
  className: string;
  dueAt: string;
  feedback: QuizFeedbackMode;
  /** Minutes per attempt including this student's extension; null = no limit. */
  minutesAllowed: number | null;
  status: "ready" | "in-progress" | "done";
  attemptNo: number | null;
  answered: number;
  total: number;
  deadlineAt: string | null;
  /** 1-based position of `question` in the attempt. */
  position: number | null;
  question: PublicQuestion | null;
  attemptsLeft: number;
  /** Past the due date and not reopened for this student: no new attempt (see loadQuizState). */
  closed: boolean;
  /** Submitted attempts, oldest first. */
  scores: QuizScore[];
  best: QuizScore | null;
  latest: QuizScore | null;
}

export async function buildQuizView(db: Db, state: QuizState): Promise<QuizView> {
  const { assignment, open } = state;
  const scores: QuizScore[] = state.attempts.flatMap((a) =>
    a.submittedAt && a.correct !== null && a.total !== null
      ? [{ attemptNo: a.attemptNo, correct: a.correct, total: a.total, submittedAt: a.submittedAt.toISOString() }]
      : [],
  );
  const best = scores.reduce<QuizScore | null>((b, s) => (!b || s.correct / s.total > b.correct / b.total ? s : b), null);
  let question: PublicQuestion | null = null;
  let position: number | null = null;
  if (open) {
    const next = nextQuestionId(open, assignment);
    if (next) {
      const [q] = await getQuestionsByIds(db, [next]);
      if (q) question = presentQuestion(q, open.shuffleSeed);
      position = attemptQuestionIds(open, assignment).indexOf(next) + 1;
    }
  }
  return {
    assignmentId: assignment.id,
    setName: assignment.setName,
    className: assignment.className,
    dueAt: assignment.dueAt.toISOString(),
    feedback: assignment.feedback,
    minutesAllowed: assignment.timeLimitMinutes === null ? null : assignment.timeLimitMinutes + assignment.extraMinutes,
    status: open ? "in-progress" : state.attemptsLeft > 0 ? "ready" : "done",
    attemptNo: open?.attemptNo ?? null,
    answered: open?.answers.length ?? 0,
    total: open ? attemptQuestionIds(open, assignment).length : assignment.setQuestionIds.length,
    deadlineAt: open?.deadlineAt?.toISOString() ?? null,
    position,
    question,
    attemptsLeft: state.attemptsLeft,
    closed: state.closed,
    scores,
    best,
    latest: scores.at(-1) ?? null,
  };
}
