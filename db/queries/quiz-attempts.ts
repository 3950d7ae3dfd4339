/**
 * Scored quiz attempts, kept on the server: an attempt is started (its question order fixed), each
 * question is answered once and graded here, and the attempt is submitted (idempotent) and scored
 * from its own answers only. Every function reaches the assignment through the student's own
 * enrollment, so another student's or class's id finds nothing. Each answer is written together
 * with the review it also becomes (recordReviews) in one transaction.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { QuizFeedbackMode } from "@/lib/domain";
import { gradeAnswer } from "@/lib/questions/grade";
import type { Question } from "@/lib/questions/types";
import { rngFor, shuffle } from "@/lib/questions/random";
import { decodeResponse, revealAnswer, type AnswerReveal } from "@/lib/quiz/present";
import { gradeSubmissions } from "@/lib/study/grade-submissions";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { assignmentStudentOptions, quizAttemptAnswers, quizAttempts } from "../schema";
import { recordReviews } from "./reviews";
import { getQuestionsByIds } from "./study";

/** A scored quiz assignment as one enrolled student sees it, with that student's own adjustments. */
export interface QuizAssignment {
  id: string;
  className: string;
  setName: string;
  dueAt: Date;
  shuffle: boolean;
  feedback: QuizFeedbackMode;
  timeLimitMinutes: number | null;
  maxAttempts: number;
  extraMinutes: number;
  extraAttempts: number;
  /** The set's questions, in set order. */
  setQuestionIds: string[];
}

export interface AttemptAnswer {
  questionId: string;
  correct: boolean;
}

export interface QuizAttemptRow {
  id: string;
  attemptNo: number;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  questionIds: string[];
  shuffleSeed: number | null;
  correct: number | null;
  total: number | null;
  answers: AttemptAnswer[];
}

export interface QuizState {
  assignment: QuizAssignment;
  /** Every attempt, oldest first. */
  attempts: QuizAttemptRow[];
  /** The attempt in progress, if any. */
  open: QuizAttemptRow | null;
  /** Attempts the student may still start. */
  attemptsLeft: number;
  /** Past the due date with no attempt the teacher granted this student: no new attempt starts. */
  closed: boolean;
}

interface Key {
  studentId: string;
  assignmentId: string;
}

const TIME_UP = "Time is up for this attempt: this answer was not counted.";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scored quiz assignment, only through the student's own enrollment; null otherwise. */
export async function getQuizAssignment(db: Db, { studentId, assignmentId }: Key): Promise<QuizAssignment | null> {
  if (!UUID.test(studentId) || !UUID.test(assignmentId)) return null;
  const [row] = await selectRows<{
    id: string;
    class_name: string;
    set_name: string;
    due_ms: number;
    shuffle: boolean;
    feedback: QuizFeedbackMode;
    time_limit_minutes: number | null;
    max_attempts: number;
    extra_minutes: number | null;
    extra_attempts: number | null;
    question_ids: string[] | null;
  }>(
    db,
    sql`select a.id, c.name as class_name, s.name as set_name, floor(extract(epoch from a.due_at) * 1000)::float8 as due_ms,
               a.shuffle, a.feedback, a.time_limit_minutes, a.max_attempts, o.extra_minutes, o.extra_attempts,
               (select array_agg(i.question_id order by i.position, i.question_id) from quiz_set_items i where i.set_id = a.set_id) as question_ids
        from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join classes c on c.id = a.class_id
        join quiz_sets s on s.id = a.set_id
        left join assignment_student_options o on o.assignment_id = a.id and o.student_id = ${studentId}
        where a.id = ${assignmentId} and a.is_quiz`,
  );
  if (!row) return null;
  return {
    id: row.id,
    className: row.class_name,
    setName: row.set_name,
    dueAt: new Date(row.due_ms),
    shuffle: row.shuffle,
    feedback: row.feedback,
    timeLimitMinutes: row.time_limit_minutes,
    maxAttempts: row.max_attempts,
    extraMinutes: row.extra_minutes ?? 0,
    extraAttempts: row.extra_attempts ?? 0,
    setQuestionIds: row.question_ids ?? [],
  };
}

async function listAttempts(db: Db, { studentId, assignmentId }: Key): Promise<QuizAttemptRow[]> {
  const attempts = await db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.assignmentId, assignmentId), eq(quizAttempts.studentId, studentId)))
    .orderBy(asc(quizAttempts.attemptNo));
  if (attempts.length === 0) return [];
  const answers = await db
    .select({ attemptId: quizAttemptAnswers.attemptId, questionId: quizAttemptAnswers.questionId, correct: quizAttemptAnswers.correct })
    .from(quizAttemptAnswers)
    .where(
      sql`${quizAttemptAnswers.attemptId} in (select id from quiz_attempts where assignment_id = ${assignmentId} and student_id = ${studentId})`,
    )
    .orderBy(asc(quizAttemptAnswers.answeredAt));
  return attempts.map((a) => ({
    id: a.id,
    attemptNo: a.attemptNo,
    startedAt: a.startedAt,
    deadlineAt: a.deadlineAt,
    submittedAt: a.submittedAt,
    questionIds: a.questionIds,
    shuffleSeed: a.shuffleSeed,
    correct: a.correct,
    total: a.total,
    answers: answers.filter((x) => x.attemptId === a.id).map(({ questionId, correct }) => ({ questionId, correct })),
  }));
}

/** An attempt's questions: its own fixed order, or (for an attempt kept before orders were) the set's. */
export function attemptQuestionIds(
  attempt: Pick<QuizAttemptRow, "questionIds">,
  assignment: Pick<QuizAssignment, "setQuestionIds">,
): string[] {
  return attempt.questionIds.length > 0 ? attempt.questionIds : assignment.setQuestionIds;
}

/** The next question of the attempt the student has not answered, or null when all are answered. */
export function nextQuestionId(attempt: QuizAttemptRow, assignment: QuizAssignment): string | null {
  const done = new Set(attempt.answers.map((a) => a.questionId));
  return attemptQuestionIds(attempt, assignment).find((id) => !done.has(id)) ?? null;
}

export const QUIZ_CLOSED = "This quiz closed at its due date. Ask your teacher to reopen it for you.";

/**
 * The student's quiz: assignment, attempts and the one in progress. An attempt whose time ran out
 * is submitted here (at its deadline), so a closed tab cannot keep the clock stopped.
 */
export async function loadQuizState(db: Db, params: Key & { now: Date }): Promise<QuizState | null> {
  const assignment = await getQuizAssignment(db, params);
  if (!assignment) return null;
  let attempts = await listAttempts(db, params);
  const expired = attempts.find((a) => !a.submittedAt && a.deadlineAt && a.deadlineAt.getTime() <= params.now.getTime());
  if (expired) {
    await closeAttempt(db, {
      attemptId: expired.id,
      at: expired.deadlineAt ?? params.now,
      fallbackTotal: assignment.setQuestionIds.length,
    });
    attempts = await listAttempts(db, params);
  }
  const open = attempts.find((a) => !a.submittedAt) ?? null;
  // Past the due date a scored quiz is closed: its facts are back in practice by then
  // (listHeldBackItemIds), so a new attempt would score rehearsal, not memory. Only a student the
  // teacher granted extra attempts (a reopen) may still start one; an attempt in progress may finish.
  const closed = params.now.getTime() >= assignment.dueAt.getTime() && assignment.extraAttempts === 0;
  const allowed = closed ? 0 : assignment.maxAttempts + assignment.extraAttempts;
  return { assignment, attempts, open, attemptsLeft: Math.max(0, allowed - attempts.length), closed };
}

/**
 * Start an attempt (or return the one in progress). The question order is fixed now: the set's,
 * or shuffled with `seed` when the teacher chose shuffling; `seed` also orders the choices.
 * Refused with a message when no attempts are left.
 */
export async function startQuizAttempt(db: Db, params: Key & { now: Date; seed: number }): Promise<QuizState | null> {
  const state = await loadQuizState(db, params);
  if (!state) return null;
  if (state.open) return state;
  if (state.closed) throw new DomainError(QUIZ_CLOSED);
  if (state.attemptsLeft <= 0) throw new DomainError("You have used every attempt at this quiz. Ask your teacher to reopen it.");
  const { assignment } = state;
  if (assignment.setQuestionIds.length === 0) throw new DomainError("This quiz has no questions yet.");
  const questionIds = assignment.shuffle ? shuffle(assignment.setQuestionIds, rngFor(params.seed, "order")) : assignment.setQuestionIds;
  const minutes = assignment.timeLimitMinutes === null ? null : assignment.timeLimitMinutes + assignment.extraMinutes;
  await db
    .insert(quizAttempts)
    .values({
      assignmentId: params.assignmentId,
      studentId: params.studentId,
      attemptNo: state.attempts.length + 1,
      startedAt: params.now,
      questionIds,
      shuffleSeed: assignment.shuffle ? params.seed : null,
      deadlineAt: minutes === null ? null : new Date(params.now.getTime() + minutes * 60_000),
    })
    // Two tabs starting at once: the unique (assignment, student, number) keeps one.
    .onConflictDoNothing();
  return loadQuizState(db, params);
}

export type AnswerOutcome = {
  /** Shown now (feedback after each question), or withheld until submission. */
  reveal: AnswerReveal | null;
  /** The next unanswered question's id, or null when all are answered. */
  nextQuestionId: string | null;
  answered: number;
  total: number;
};

/**
 * Grade and keep the answer to one question of the attempt in progress, and record it as a review
 * (spaced repetition) in the same transaction. A second answer to the same question, an answer
 * after the deadline or to a question not in the attempt is refused with a message.
 */
export async function answerQuizQuestion(
  db: Db,
  params: Key & {
    now: Date;
    questionId: string;
    /** As the browser sent it (shown order, opaque ids): decoded here. */
    response: unknown;
    responseMs: number;
    reviewId: string;
    desiredRetention: number;
  },
): Promise<AnswerOutcome | null> {
  const state = await loadQuizState(db, params);
  if (!state) return null;
  const { assignment, open } = state;
  if (!open) {
    const last = state.attempts.at(-1);
    if (!last) throw new DomainError("Start the quiz first.");
    const timedOut = last.deadlineAt && last.submittedAt && last.submittedAt.getTime() >= last.deadlineAt.getTime();
    throw new DomainError(timedOut ? TIME_UP : "This attempt was submitted; answers can no longer change.");
  }
  const ids = attemptQuestionIds(open, assignment);
  if (!ids.includes(params.questionId)) throw new DomainError("That question is not part of this quiz.");
  const [question] = await getQuestionsByIds(db, [params.questionId]);
  if (!question) throw new DomainError("That question is not part of this quiz.");
  const response = decodeResponse(question, open.shuffleSeed, params.response);
  if (response === null) throw new DomainError("That answer does not fit this question. Choose or type an answer and try again.");
  const result = gradeAnswer(question, response);

  const graded = gradeSubmissions(
    [
      {
        id: params.reviewId,
        questionId: question.id,
        mode: "quiz",
        response,
        responseMs: params.responseMs,
        reviewedAt: params.now.toISOString(),
      },
    ],
    new Map([[question.id, question]]),
    params.now,
  );
  if (!graded.ok) throw new DomainError("That answer could not be recorded.");

  await db.transaction(async (tx) => {
    // Lock the attempt: one answer at a time, and none after submission or the deadline.
    const [locked] = await tx
      .select({ submittedAt: quizAttempts.submittedAt, deadlineAt: quizAttempts.deadlineAt })
      .from(quizAttempts)
      .where(eq(quizAttempts.id, open.id))
      .for("update");
    if (!locked || locked.submittedAt) throw new DomainError("This attempt was submitted; answers can no longer change.");
    if (locked.deadlineAt && locked.deadlineAt.getTime() <= params.now.getTime()) {
      throw new DomainError(TIME_UP);
    }
    const inserted = await tx
      .insert(quizAttemptAnswers)
      .values({
        attemptId: open.id,
        questionId: question.id,
        answer: response,
        correct: result.correct,
        responseMs: params.responseMs,
        answeredAt: params.now,
        reviewId: params.reviewId,
      })
      .onConflictDoNothing()
      .returning({ questionId: quizAttemptAnswers.questionId });
    if (inserted.length === 0) throw new DomainError("You already answered this question; your first answer is the one that counts.");
    await recordReviews(tx as unknown as Db, {
      userId: params.studentId,
      reviews: graded.reviews.map((r) => ({ ...r, assignmentId: params.assignmentId })),
      desiredRetention: params.desiredRetention,
    });
  });

  const answeredIds = new Set([...open.answers.map((a) => a.questionId), question.id]);
  return {
    reveal: assignment.feedback === "each" ? revealAnswer(question, open.shuffleSeed, result.correct, result.expected) : null,
    nextQuestionId: ids.find((id) => !answeredIds.has(id)) ?? null,
    answered: answeredIds.size,
    total: ids.length,
  };
}

async function closeAttempt(db: Db, { attemptId, at, fallbackTotal }: { attemptId: string; at: Date; fallbackTotal: number }) {
  await db.execute(
    sql`update quiz_attempts qa set submitted_at = ${at.toISOString()}::timestamptz,
          total = case when cardinality(qa.question_ids) > 0 then cardinality(qa.question_ids) else ${fallbackTotal}::int end,
          correct = (select count(*)::int from quiz_attempt_answers x where x.attempt_id = qa.id and x.correct)
        where qa.id = ${attemptId} and qa.submitted_at is null`,
  );
}

/**
 * Submit the attempt in progress and keep its score: its own right answers over its questions
 * (unanswered ones count as wrong). Submitting again changes nothing and returns the same score.
 */
export async function submitQuizAttempt(db: Db, params: Key & { now: Date }): Promise<{ correct: number; total: number } | null> {
  const state = await loadQuizState(db, params);
  if (!state) return null;
  if (state.open) {
    await closeAttempt(db, { attemptId: state.open.id, at: params.now, fallbackTotal: state.assignment.setQuestionIds.length });
  }
  const [latest] = await db
    .select({ correct: quizAttempts.correct, total: quizAttempts.total })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.assignmentId, params.assignmentId), eq(quizAttempts.studentId, params.studentId)))
    .orderBy(desc(quizAttempts.attemptNo))
    .limit(1);
  return latest?.correct != null && latest.total != null ? { correct: latest.correct, total: latest.total } : null;
}

/**
 * After submission: every question of the attempt with the student's answer, verdict, the right
 * answer and why. Null while the attempt is in progress (keys stay on the server until then).
 */
export async function reviewSubmittedAttempt(
  db: Db,
  params: Key & { attemptNo: number },
): Promise<{ question: Question; correct: boolean | null; reveal: AnswerReveal }[] | null> {
  const assignment = await getQuizAssignment(db, params);
  if (!assignment) return null;
  const attempts = await listAttempts(db, params);
  const attempt = attempts.find((a) => a.attemptNo === params.attemptNo);
  if (!attempt?.submittedAt) return null;
  const ids = attemptQuestionIds(attempt, assignment);
  const questions = await getQuestionsByIds(db, ids);
  const verdicts = new Map(attempt.answers.map((a) => [a.questionId, a.correct]));
  return questions.map((q) => {
    const correct = verdicts.get(q.id) ?? null;
    return { question: q, correct, reveal: revealAnswer(q, attempt.shuffleSeed, correct ?? false, q.answer) };
  });
}

/** Per-student adjustments, teacher side: set extra minutes or extra attempts (through the caller's ownership check). */
export async function upsertStudentOptions(
  db: Db,
  input: { assignmentId: string; studentId: string; extraMinutes?: number; extraAttempts?: number },
): Promise<void> {
  const set: Partial<typeof assignmentStudentOptions.$inferInsert> = {};
  if (input.extraMinutes !== undefined) set.extraMinutes = input.extraMinutes;
  if (input.extraAttempts !== undefined) set.extraAttempts = input.extraAttempts;
  await db
    .insert(assignmentStudentOptions)
    .values({ assignmentId: input.assignmentId, studentId: input.studentId, ...set })
    .onConflictDoUpdate({ target: [assignmentStudentOptions.assignmentId, assignmentStudentOptions.studentId], set });
}

/**
 * Questions held back from a student's practice and flashcards: those of every scored quiz
 * assignment of their classes that is not yet due and that they have not submitted an attempt at.
 */
export async function listHeldBackQuestionIds(db: Db, { studentId, now }: { studentId: string; now: Date }): Promise<Set<string>> {
  if (!UUID.test(studentId)) return new Set();
  const rows = await selectRows<{ question_id: string }>(
    db,
    sql`select distinct i.question_id
        from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join quiz_set_items i on i.set_id = a.set_id
        where a.is_quiz and a.due_at > ${now.toISOString()}::timestamptz
          and not exists (select 1 from quiz_attempts qa
                          where qa.assignment_id = a.id and qa.student_id = ${studentId} and qa.submitted_at is not null)`,
  );
  return new Set(rows.map((r) => r.question_id));
}

/**
 * The knowledge items behind {@link listHeldBackQuestionIds}: practice asks an item by any of its
 * faces, so every face of a held-back question's fact stays out of practice too. The review post
 * asks the same rule of its own items in SQL (findRefusedReviews, ./reviewable.ts): keep them in step.
 */
export async function listHeldBackItemIds(db: Db, { studentId, now }: { studentId: string; now: Date }): Promise<Set<string>> {
  if (!UUID.test(studentId)) return new Set();
  const rows = await selectRows<{ item_id: string }>(
    db,
    sql`select distinct q.item_id
        from assignments a
        join enrollments e on e.class_id = a.class_id and e.student_id = ${studentId}
        join quiz_set_items i on i.set_id = a.set_id
        join questions q on q.id = i.question_id
        where a.is_quiz and a.due_at > ${now.toISOString()}::timestamptz
          and not exists (select 1 from quiz_attempts qa
                          where qa.assignment_id = a.id and qa.student_id = ${studentId} and qa.submitted_at is not null)`,
  );
  return new Set(rows.map((r) => r.item_id));
}
