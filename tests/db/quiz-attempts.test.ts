import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createAssignment,
  deleteAssignment,
  listStudentQuizOptions,
  mapQuestionsToAssignments,
  setStudentQuizOptions,
  updateAssignmentDue,
} from "@/db/queries/assignments";
import { createClass, joinClassByCode } from "@/db/queries/classes";
import { createSet } from "@/db/queries/quiz-sets";
import {
  QUIZ_CLOSED,
  answerQuizQuestion,
  listHeldBackQuestionIds,
  loadQuizState,
  nextQuestionId,
  startQuizAttempt,
  submitQuizAttempt,
  upsertStudentOptions,
} from "@/db/queries/quiz-attempts";
import { buildQuizView } from "@/db/queries/quiz-view";
import { findRefusedReviews } from "@/db/queries/reviewable";
import { loadReviewContext } from "@/db/queries/review-context";
import { recordReviews } from "@/db/queries/reviews";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { assignments, quizAttempts } from "@/db/schema";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { DomainError } from "@/lib/errors";
import { generateQuestionBank } from "@/lib/questions";
import type { Question } from "@/lib/questions/types";
import { generateJoinCode } from "@/lib/teaching/join-code";
import { fixture } from "../unit/questions/fixture";
import { scoredResponse } from "../support/quiz-responses";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");
const DUE = new Date("2026-03-08T09:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
let codeSeq = 0;
const nextCode = () => generateJoinCode((max) => (codeSeq++ * 11 + 5) % max);

/** Every key a question carries, as strings that must not appear in anything sent before the answer. */
function keysOf(q: Question): string[] {
  const keys = [`"answer"`, `"explanation"`, q.explanation];
  if (q.type === "multiple_choice") keys.push(`"answerIndex"`);
  if (q.type === "true_false") keys.push(`"truth"`);
  if (q.type === "cloze" || q.type === "typed") keys.push(`"accepted"`);
  if (q.type === "ordering") keys.push(`"correctOrder"`, `"dates"`, ...q.items.map((i) => `"${i.id}"`));
  if (q.type === "matching") keys.push(`"pairs"`, ...q.left.map((i) => `"${i.id}"`), ...q.right.map((i) => `"${i.id}"`));
  return keys;
}

describeEachEngine("scored quiz attempts on the server", (ctx) => {
  let teacher = "";
  let student = "";
  let outsider = "";
  let classmate = "";
  let classId = "";
  // One question of every type, so grading and redaction are checked for each.
  const picked: Question[] = [];
  const byId = new Map(bank.map((q) => [q.id, q]));

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
    const user = async (role: "teacher" | "student") =>
      (await createUser(ctx.db(), { email: `${role}-${crypto.randomUUID()}@t.kizuna`, name: role, role, passwordHash: "x" })).id;
    [teacher, student, outsider, classmate] = [await user("teacher"), await user("student"), await user("student"), await user("student")];
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Quiz class", joinCode: nextCode, expiresAt: DUE });
    classId = klass.id;
    for (const s of [student, classmate]) await joinClassByCode(ctx.db(), { studentId: s, code: klass.joinCode, now: NOW });
    for (const type of ["multiple_choice", "true_false", "typed", "ordering", "matching", "cloze"] as const) {
      const q = bank.find((x) => x.type === type);
      if (q) picked.push(q);
    }
  });

  const quiz = async (options: Partial<typeof assignments.$inferInsert> = {}) => {
    const setId = await createSet(ctx.db(), {
      teacherId: teacher,
      name: `Set ${crypto.randomUUID()}`,
      questionIds: picked.map((q) => q.id),
    });
    const id = (await createAssignment(ctx.db(), { teacherId: teacher, classId, setId, dueAt: DUE, isQuiz: true })) ?? "";
    if (Object.keys(options).length > 0)
      await ctx
        .db()
        .update(assignments)
        .set(options)
        .where(sql`id = ${id}`);
    return id;
  };
  const getQuizDue = async (id: string) => {
    const [row] = await ctx
      .db()
      .select({ dueAt: assignments.dueAt })
      .from(assignments)
      .where(sql`id = ${id}`);
    return row?.dueAt ?? new Date(0);
  };
  const answer = (assignmentId: string, studentId: string, question: Question, seed: number | null, right: boolean, now = at(1)) =>
    answerQuizQuestion(ctx.db(), {
      studentId,
      assignmentId,
      now,
      questionId: question.id,
      response: scoredResponse(question, seed, right),
      responseMs: 5000,
      reviewId: crypto.randomUUID(),
      desiredRetention: 0.9,
    });

  it("grades one question at a time on the server, never sending a key before its answer is kept", async () => {
    const id = await quiz();
    const started = await startQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: NOW, seed: 7 });
    const open = started?.open;
    expect(open?.questionIds).toEqual(picked.map((q) => q.id));
    for (const [i, q] of picked.entries()) {
      const state = await loadQuizState(ctx.db(), { studentId: student, assignmentId: id, now: at(i) });
      const view = await buildQuizView(ctx.db(), state ?? (null as never));
      expect(view.question?.id).toBe(q.id);
      expect(view.position).toBe(i + 1);
      const sent = JSON.stringify(view);
      // Nothing of this question's key, nor of any later one, is in what the browser gets.
      for (const later of picked.slice(i)) for (const key of keysOf(later)) expect(sent).not.toContain(key);
      const outcome = await answer(id, student, q, null, i % 2 === 0);
      expect(outcome?.reveal?.correct).toBe(i % 2 === 0);
      expect(outcome?.reveal?.explanation).toBe(q.explanation);
    }
    expect(await submitQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: at(10) })).toEqual({
      correct: Math.ceil(picked.length / 2),
      total: picked.length,
    });
  });

  it("keeps the attempt on the server: resumes at the next question, refuses a second answer, counts only the attempt's answers, submits once", async () => {
    const id = await quiz();
    const key = { studentId: student, assignmentId: id };
    await startQuizAttempt(ctx.db(), { ...key, now: NOW, seed: 1 });
    const [first, second, third] = picked as [Question, Question, Question];
    await answer(id, student, first, null, true);
    // "Another device": a fresh read of the attempt resumes at the second question.
    const resumed = await loadQuizState(ctx.db(), { ...key, now: at(2) });
    expect(resumed?.open && nextQuestionId(resumed.open, resumed.assignment)).toBe(second.id);
    // A second answer to the first question is refused with a message, and changes nothing.
    await expect(answer(id, student, first, null, false)).rejects.toThrow(/already answered/);
    // A review of the second question given elsewhere (daily practice) does not count for the attempt.
    await recordReviews(ctx.db(), {
      userId: student,
      reviews: [
        {
          id: crypto.randomUUID(),
          questionId: second.id,
          mode: "quiz",
          rating: "good",
          correct: true,
          answer: 0,
          responseMs: 3000,
          reviewedAt: at(3),
        },
      ],
      desiredRetention: 0.9,
    });
    await answer(id, student, second, null, false, at(4));
    // The answer and its review are written together: the review log holds the attempt's answer.
    const logs = await selectRows<{ n: number }>(
      ctx.db(),
      sql`select count(*)::int as n from review_logs where user_id = ${student} and assignment_id = ${id} and question_id in (${first.id}, ${second.id})`,
    );
    expect(logs[0]?.n).toBe(2);
    const score = await submitQuizAttempt(ctx.db(), { ...key, now: at(5) });
    expect(score).toEqual({ correct: 1, total: picked.length });
    // Submitting again is idempotent; answering after submission is refused.
    expect(await submitQuizAttempt(ctx.db(), { ...key, now: at(6) })).toEqual(score);
    await expect(answer(id, student, third, null, true, at(7))).rejects.toThrow(DomainError);
  });

  it("writes nothing when the review cannot be recorded (one transaction)", async () => {
    const id = await quiz();
    await startQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: NOW, seed: 1 });
    const [first, second] = picked as [Question, Question];
    const used = crypto.randomUUID();
    await recordReviews(ctx.db(), {
      userId: classmate,
      reviews: [
        { id: used, questionId: second.id, mode: "quiz", rating: "good", correct: true, answer: 0, responseMs: 3000, reviewedAt: NOW },
      ],
      desiredRetention: 0.9,
    });
    await expect(
      answerQuizQuestion(ctx.db(), {
        studentId: student,
        assignmentId: id,
        now: at(1),
        questionId: first.id,
        response: scoredResponse(first, null, true),
        responseMs: 4000,
        reviewId: used,
        desiredRetention: 0.9,
      }),
    ).rejects.toThrow();
    const state = await loadQuizState(ctx.db(), { studentId: student, assignmentId: id, now: at(2) });
    expect(state?.open?.answers).toEqual([]);
  });

  it("lets no one else see, start, answer or submit a student's attempt", async () => {
    const id = await quiz();
    await startQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: NOW, seed: 1 });
    const first = picked[0] as Question;
    // Someone outside the class finds nothing at all.
    expect(await loadQuizState(ctx.db(), { studentId: outsider, assignmentId: id, now: NOW })).toBeNull();
    expect(await startQuizAttempt(ctx.db(), { studentId: outsider, assignmentId: id, now: NOW, seed: 1 })).toBeNull();
    expect(await answer(id, outsider, first, null, true)).toBeNull();
    expect(await submitQuizAttempt(ctx.db(), { studentId: outsider, assignmentId: id, now: NOW })).toBeNull();
    // A classmate has an attempt of their own; the student's stays untouched.
    await expect(answer(id, classmate, first, null, true)).rejects.toThrow(/Start the quiz/);
    await startQuizAttempt(ctx.db(), { studentId: classmate, assignmentId: id, now: NOW, seed: 2 });
    await answer(id, classmate, first, null, true);
    await submitQuizAttempt(ctx.db(), { studentId: classmate, assignmentId: id, now: at(1) });
    const mine = await loadQuizState(ctx.db(), { studentId: student, assignmentId: id, now: at(2) });
    expect(mine?.open?.answers).toEqual([]);
    expect(mine?.attempts).toHaveLength(1);
  });

  it("holds the quiz's questions back from practice until it is submitted or due", async () => {
    const id = await quiz();
    const ids = picked.map((q) => q.id);
    const held = await listHeldBackQuestionIds(ctx.db(), { studentId: classmate, now: NOW });
    for (const q of ids) expect(held.has(q)).toBe(true);
    expect((await listHeldBackQuestionIds(ctx.db(), { studentId: outsider, now: NOW })).size).toBe(0);
    const queue = await loadStudyQueue(ctx.db(), { userId: classmate, now: NOW, utcOffsetMinutes: 0, scope: { assignment: id } });
    expect(queue.items.map((i) => i.question.id).filter((q) => ids.includes(q))).toEqual([]);
    // Nor can a review posted by hand move their memory meanwhile; an outsider's is not affected.
    const refused = await findRefusedReviews(ctx.db(), { studentId: classmate, questionIds: ids, now: NOW });
    expect([...refused.values()]).toEqual(ids.map(() => "held-back-by-quiz"));
    // The review post's single read refuses the same, and tags each with the same assignment.
    const context = await loadReviewContext(ctx.db(), { studentId: classmate, questionIds: ids, now: NOW });
    expect(context.refused).toEqual(refused);
    expect(context.assignmentFor.size).toBe(ids.length);
    expect(context.assignmentFor).toEqual(await mapQuestionsToAssignments(ctx.db(), { studentId: classmate, now: NOW, questionIds: ids }));
    expect((await loadReviewContext(ctx.db(), { studentId: outsider, questionIds: ids, now: NOW })).refused.size).toBe(0);
    expect((await findRefusedReviews(ctx.db(), { studentId: outsider, questionIds: ids, now: NOW })).size).toBe(0);
    // After the due date they are back.
    const afterDue = await listHeldBackQuestionIds(ctx.db(), { studentId: classmate, now: new Date(DUE.getTime() + 1000) });
    expect(afterDue.size).toBe(0);
    expect((await findRefusedReviews(ctx.db(), { studentId: classmate, questionIds: ids, now: new Date(DUE.getTime() + 1000) })).size).toBe(
      0,
    );
    // After submitting (other quizzes of this file are already submitted by the classmate or not due): back in practice.
    await startQuizAttempt(ctx.db(), { studentId: classmate, assignmentId: id, now: NOW, seed: 3 });
    await submitQuizAttempt(ctx.db(), { studentId: classmate, assignmentId: id, now: at(1) });
    const still = await selectRows<{ id: string }>(
      ctx.db(),
      sql`select a.id from assignments a where a.is_quiz and a.class_id = ${classId}
          and not exists (select 1 from quiz_attempts qa where qa.assignment_id = a.id and qa.student_id = ${classmate} and qa.submitted_at is not null)`,
    );
    const after = await listHeldBackQuestionIds(ctx.db(), { studentId: classmate, now: at(2) });
    expect(after.size > 0).toBe(still.length > 0);
  });

  describe("teacher options", () => {
    it("shuffles question and choice order per attempt, and decodes the shown order when grading", async () => {
      const id = await quiz({ shuffle: true });
      const state = await startQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: NOW, seed: 99 });
      const order = state?.open?.questionIds ?? [];
      expect([...order].sort()).toEqual(picked.map((q) => q.id).sort());
      const seed = state?.open?.shuffleSeed ?? null;
      expect(seed).toBe(99);
      for (const qid of order) {
        const outcome = await answer(id, student, byId.get(qid) as Question, seed, true);
        expect(outcome?.reveal?.correct).toBe(true);
      }
      expect(await submitQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: at(5) })).toEqual({
        correct: picked.length,
        total: picked.length,
      });
    });

    it("withholds feedback until submission when the teacher chose so", async () => {
      const id = await quiz({ feedback: "end" });
      await startQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: NOW, seed: 1 });
      const outcome = await answer(id, student, picked[0] as Question, null, true);
      expect(outcome?.reveal).toBeNull();
    });

    it("enforces the time limit on the server, with a per-student extension", async () => {
      const id = await quiz({ timeLimitMinutes: 10 });
      await upsertStudentOptions(ctx.db(), { assignmentId: id, studentId: classmate, extraMinutes: 5 });
      const mine = await startQuizAttempt(ctx.db(), { studentId: student, assignmentId: id, now: NOW, seed: 1 });
      const theirs = await startQuizAttempt(ctx.db(), { studentId: classmate, assignmentId: id, now: NOW, seed: 1 });
      expect(mine?.open?.deadlineAt?.toISOString()).toBe(at(10).toISOString());
      expect(theirs?.open?.deadlineAt?.toISOString()).toBe(at(15).toISOString());
      const [first] = picked as [Question];
      await answer(id, student, first, null, true, at(9));
      // 12 minutes in: refused for the student (and the attempt closes at its deadline), accepted with the extension.
      await expect(answer(id, student, picked[1] as Question, null, true, at(12))).rejects.toThrow(/Time is up/);
      const closed = await loadQuizState(ctx.db(), { studentId: student, assignmentId: id, now: at(12) });
      expect(closed?.open).toBeNull();
      expect(closed?.attempts[0]).toMatchObject({ correct: 1, total: picked.length });
      expect(closed?.attempts[0]?.submittedAt?.toISOString()).toBe(at(10).toISOString());
      expect((await answer(id, classmate, first, null, true, at(12)))?.reveal?.correct).toBe(true);
    });

    it("lets only the owning teacher edit the due date or adjust a student in the class", async () => {
      const id = await quiz();
      const otherTeacher = (
        await createUser(ctx.db(), { email: `t-${crypto.randomUUID()}@t.kizuna`, name: "T2", role: "teacher", passwordHash: "x" })
      ).id;
      const later = new Date(DUE.getTime() + 86_400_000);
      expect(await updateAssignmentDue(ctx.db(), { teacherId: otherTeacher, assignmentId: id, dueAt: later })).toBe(false);
      expect(await setStudentQuizOptions(ctx.db(), { teacherId: otherTeacher, assignmentId: id, studentId: student, reopen: true })).toBe(
        false,
      );
      // A student outside the class cannot be given anything either.
      expect(await setStudentQuizOptions(ctx.db(), { teacherId: teacher, assignmentId: id, studentId: outsider, extraMinutes: 5 })).toBe(
        false,
      );
      expect((await listStudentQuizOptions(ctx.db(), { teacherId: teacher, assignmentId: id })).size).toBe(0);
      expect((await getQuizDue(id)).toISOString()).toBe(DUE.toISOString());

      expect(await updateAssignmentDue(ctx.db(), { teacherId: teacher, assignmentId: id, dueAt: later })).toBe(true);
      expect((await getQuizDue(id)).toISOString()).toBe(later.toISOString());
      expect(await setStudentQuizOptions(ctx.db(), { teacherId: teacher, assignmentId: id, studentId: student, extraMinutes: 15 })).toBe(
        true,
      );
      expect(await setStudentQuizOptions(ctx.db(), { teacherId: teacher, assignmentId: id, studentId: student, reopen: true })).toBe(true);
      expect(await setStudentQuizOptions(ctx.db(), { teacherId: teacher, assignmentId: id, studentId: student, reopen: true })).toBe(true);
      expect((await listStudentQuizOptions(ctx.db(), { teacherId: teacher, assignmentId: id })).get(student)).toEqual({
        extraMinutes: 15,
        extraAttempts: 2,
      });
      expect((await listStudentQuizOptions(ctx.db(), { teacherId: otherTeacher, assignmentId: id })).size).toBe(0);
      const state = await loadQuizState(ctx.db(), { studentId: student, assignmentId: id, now: NOW });
      expect(state?.attemptsLeft).toBe(3);
    });

    it("keeps the options chosen when assigning", async () => {
      const setId = await createSet(ctx.db(), {
        teacherId: teacher,
        name: `Opts ${crypto.randomUUID()}`,
        questionIds: [picked[0]?.id ?? ""],
      });
      const id =
        (await createAssignment(ctx.db(), {
          teacherId: teacher,
          classId,
          setId,
          dueAt: DUE,
          isQuiz: true,
          shuffle: true,
          feedback: "end",
          timeLimitMinutes: 20,
          maxAttempts: 3,
        })) ?? "";
      const state = await loadQuizState(ctx.db(), { studentId: student, assignmentId: id, now: NOW });
      expect(state?.assignment).toMatchObject({ shuffle: true, feedback: "end", timeLimitMinutes: 20, maxAttempts: 3 });
      expect(state?.attemptsLeft).toBe(3);
    });

    it("allows retakes or reopens for one student, keeping every attempt", async () => {
      const id = await quiz();
      const key = { studentId: student, assignmentId: id };
      await startQuizAttempt(ctx.db(), { ...key, now: NOW, seed: 1 });
      await answer(id, student, picked[0] as Question, null, true);
      await submitQuizAttempt(ctx.db(), { ...key, now: at(2) });
      await expect(startQuizAttempt(ctx.db(), { ...key, now: at(3), seed: 1 })).rejects.toThrow(/used every attempt/);
      await upsertStudentOptions(ctx.db(), { assignmentId: id, studentId: student, extraAttempts: 1 });
      const second = await startQuizAttempt(ctx.db(), { ...key, now: at(4), seed: 1 });
      expect(second?.open?.attemptNo).toBe(2);
      await answer(id, student, picked[0] as Question, null, false, at(5));
      await submitQuizAttempt(ctx.db(), { ...key, now: at(6) });
      const state = await loadQuizState(ctx.db(), { ...key, now: at(7) });
      const view = await buildQuizView(ctx.db(), state ?? (null as never));
      expect(view.scores.map((s) => s.correct)).toEqual([1, 0]);
      expect(view.best?.attemptNo).toBe(1);
      expect(view.latest?.attemptNo).toBe(2);
      expect(view.status).toBe("done");
    });

    it("closes at the due date: no attempt starts after it unless the teacher reopens it for the student", async () => {
      const id = await quiz();
      const key = { studentId: classmate, assignmentId: id };
      const afterDue = new Date(DUE.getTime() + 60_000);
      const attemptsBefore = await ctx
        .db()
        .select()
        .from(quizAttempts)
        .where(sql`assignment_id = ${id}`);
      await expect(startQuizAttempt(ctx.db(), { ...key, now: afterDue, seed: 1 })).rejects.toThrow(QUIZ_CLOSED);
      expect(
        await ctx
          .db()
          .select()
          .from(quizAttempts)
          .where(sql`assignment_id = ${id}`),
      ).toEqual(attemptsBefore);
      const closed = await buildQuizView(ctx.db(), (await loadQuizState(ctx.db(), { ...key, now: afterDue })) ?? (null as never));
      expect(closed).toMatchObject({ status: "done", closed: true, attemptsLeft: 0 });
      // Before the due date the same student could start; a reopen lets them start after it.
      expect((await loadQuizState(ctx.db(), { ...key, now: NOW }))?.closed).toBe(false);
      await upsertStudentOptions(ctx.db(), { assignmentId: id, studentId: classmate, extraAttempts: 1 });
      const reopened = await startQuizAttempt(ctx.db(), { ...key, now: afterDue, seed: 1 });
      expect(reopened?.open?.attemptNo).toBe(1);
      // Another student of the class is still closed out.
      expect((await loadQuizState(ctx.db(), { studentId: student, assignmentId: id, now: afterDue }))?.closed).toBe(true);
    });
  });

  // What the class page's remove-assignment dialog promises (remove-assignment-button.tsx), checked row by row.
  it("lets only its teacher remove an assignment: attempts, options and dashboard figures go; reviews, memory and the set stay", async () => {
    const id = await quiz({ createdAt: at(-60) });
    const key = { studentId: student, assignmentId: id };
    await startQuizAttempt(ctx.db(), { ...key, now: NOW, seed: 1 });
    await answer(id, student, picked[0] as Question, null, true);
    await submitQuizAttempt(ctx.db(), { ...key, now: at(2) });
    expect(await setStudentQuizOptions(ctx.db(), { teacherId: teacher, ...key, extraMinutes: 10 })).toBe(true);
    const rows = async () => {
      const [row] = await selectRows<Record<string, number>>(
        ctx.db(),
        sql`select
              (select count(*)::int from assignments where id = ${id}) as assignments,
              (select count(*)::int from quiz_attempts where assignment_id = ${id}) as attempts,
              (select count(*)::int from quiz_attempt_answers a join quiz_attempts q on q.id = a.attempt_id where q.assignment_id = ${id}) as answers,
              (select count(*)::int from assignment_student_options where assignment_id = ${id}) as options,
              (select count(*)::int from assignment_question_stats where assignment_id = ${id}) as stats,
              (select count(*)::int from review_logs where assignment_id = ${id}) as tagged_reviews,
              (select count(*)::int from review_logs where user_id = ${student}) as reviews,
              (select count(*)::int from item_states where user_id = ${student}) as memory`,
      );
      return row ?? {};
    };
    const before = await rows();
    expect(before).toMatchObject({ assignments: 1, attempts: 1, answers: 1, options: 1, tagged_reviews: 1 });
    // The dashboard has figures for it (how many rows depends on the set, not asserted here).
    expect(before.stats).toBeGreaterThan(0);
    expect(before.reviews).toBeGreaterThan(0);
    expect(before.memory).toBeGreaterThan(0);
    const setId =
      (
        await ctx
          .db()
          .select({ setId: assignments.setId })
          .from(assignments)
          .where(sql`id = ${id}`)
      )[0]?.setId ?? "";

    // Another teacher cannot remove it (and learns nothing: the same false as for no such assignment).
    const otherTeacher = (
      await createUser(ctx.db(), { email: `teacher-${crypto.randomUUID()}@t.kizuna`, name: "Other", role: "teacher", passwordHash: "x" })
    ).id;
    expect(await deleteAssignment(ctx.db(), { teacherId: otherTeacher, assignmentId: id })).toBe(false);
    expect(await deleteAssignment(ctx.db(), { teacherId: student, assignmentId: id })).toBe(false);
    expect(await rows()).toEqual(before);

    expect(await deleteAssignment(ctx.db(), { teacherId: teacher, assignmentId: id })).toBe(true);
    expect(await rows()).toEqual({
      ...before,
      assignments: 0,
      attempts: 0,
      answers: 0,
      options: 0,
      stats: 0,
      tagged_reviews: 0,
    });
    // The student's reviews (now untagged) and memory are all still there, and so is the set.
    const [set] = await selectRows<{ n: number }>(ctx.db(), sql`select count(*)::int as n from quiz_sets where id = ${setId}`);
    expect(set?.n).toBe(1);
    expect(await deleteAssignment(ctx.db(), { teacherId: teacher, assignmentId: id })).toBe(false);
  });
});
