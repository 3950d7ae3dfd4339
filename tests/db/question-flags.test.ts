import { itemIdOf } from "@/lib/questions/items";
/**
 * Flags and reports on questions, on both engines: one flag per teacher per question (flagging
 * again updates it), clearing, isolation between teachers, the student report's write path with
 * its rate limit, and a flagged question leaving that teacher's sets' sessions and auto-build.
 */
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { createAssignment, listAssignmentQuestionIds, listStudentAssignments, mapQuestionsToAssignments } from "@/db/queries/assignments";
import { createClass, joinClassByCode } from "@/db/queries/classes";
import {
  clearQuestionFlag,
  flagQuestion,
  getStudentReport,
  getTeacherFlags,
  listFlaggedQuestionIds,
  listFlaggedQuestions,
} from "@/db/queries/question-flags";
import { createSet, pickTopicQuestions } from "@/db/queries/quiz-sets";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { syncQuestionBank } from "@/db/seed/question-bank";
import type { UserRole } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import { generateQuestionBank } from "@/lib/questions";
import { RATE_LIMITS } from "@/lib/security/rate-limits";
import { generateJoinCode } from "@/lib/teaching/join-code";
import { sendQuestionReport } from "@/server/question-reports";
import { RateLimitedError } from "@/server/rate-limit/limiter";
import { fixture } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");
const LATER = new Date("2026-03-08T09:00:00Z");
let codeSeq = 0;
const nextCode = () => generateJoinCode((max) => (codeSeq++ * 11 + 5) % max);

describeEachEngine("question flags and reports", (ctx) => {
  const user = async (role: UserRole, name: string = role) =>
    (await createUser(ctx.db(), { email: `${role}-${crypto.randomUUID()}@t.kizuna`, name, role, passwordHash: "x" })).id;
  const count = async (table: string, where = "true") =>
    (await selectRows<{ n: number }>(ctx.db(), sql.raw(`select count(*)::int as n from ${table} where ${where}`)))[0]?.n ?? 0;
  // One question per knowledge item: faces of one fact share one memory and one place in a session.
  const ids = [...new Map(bank.map((q) => [itemIdOf(q), q.id])).values()];
  const q = (i: number) => ids[i] ?? "";

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
  });

  it("keeps one flag per teacher per question: flagging again updates it, clearing resolves it, flagging again reopens it", async () => {
    const teacher = await user("teacher");
    await flagQuestion(ctx.db(), { teacherId: teacher, questionId: q(0), reason: "wrong", comment: "The date is off by a year." });
    await flagQuestion(ctx.db(), { teacherId: teacher, questionId: q(0), reason: "ambiguous", comment: "Two answers fit." });
    expect(await count("question_flags", `teacher_id = '${teacher}'`)).toBe(1);
    expect(await listFlaggedQuestionIds(ctx.db(), { teacherId: teacher })).toEqual([q(0)]);
    expect((await getTeacherFlags(ctx.db(), { teacherId: teacher, questionIds: [q(0), q(1)] })).get(q(0))).toMatchObject({
      reason: "ambiguous",
      comment: "Two answers fit.",
    });

    expect(await clearQuestionFlag(ctx.db(), { teacherId: teacher, questionId: q(0) })).toBe(true);
    expect(await clearQuestionFlag(ctx.db(), { teacherId: teacher, questionId: q(0) })).toBe(false); // nothing open
    expect(await listFlaggedQuestionIds(ctx.db(), { teacherId: teacher })).toEqual([]);
    expect(await listFlaggedQuestions(ctx.db(), { teacherId: teacher })).toEqual([]);

    await flagQuestion(ctx.db(), { teacherId: teacher, questionId: q(0), reason: "unclear", comment: "Reopened." });
    expect(await count("question_flags", `teacher_id = '${teacher}'`)).toBe(1);
    const [listed] = await listFlaggedQuestions(ctx.db(), { teacherId: teacher });
    expect(listed).toMatchObject({
      questionId: q(0),
      flag: { reason: "unclear", comment: "Reopened.", teacherName: "teacher" },
      reports: [],
    });
  });

  it("writes nothing for an unknown or retired question", async () => {
    const teacher = await user("teacher");
    const student = await user("student");
    await expect(
      flagQuestion(ctx.db(), { teacherId: teacher, questionId: "q-nosuchthing", reason: "wrong", comment: "xyz" }),
    ).rejects.toBeInstanceOf(DomainError);
    await ctx.db().execute(sql`update questions set retired_at = now() where id = ${q(5)}`);
    try {
      await expect(flagQuestion(ctx.db(), { teacherId: teacher, questionId: q(5), reason: "wrong", comment: "xyz" })).rejects.toThrow(
        "could not be found",
      );
      await expect(
        sendQuestionReport(ctx.db(), { user: { id: student, role: "student" }, input: { questionId: q(5), reason: "wrong", comment: "" } }),
      ).rejects.toBeInstanceOf(DomainError);
    } finally {
      await ctx.db().execute(sql`update questions set retired_at = null where id = ${q(5)}`);
    }
    expect(await count("question_flags", `teacher_id = '${teacher}'`)).toBe(0);
    expect(await count("question_reports", `student_id = '${student}'`)).toBe(0);
  });

  it("never shows or changes another teacher's flag", async () => {
    const owner = await user("teacher");
    const other = await user("teacher");
    await flagQuestion(ctx.db(), { teacherId: owner, questionId: q(2), reason: "wrong", comment: "Owner's flag." });
    expect(await listFlaggedQuestionIds(ctx.db(), { teacherId: other })).toEqual([]);
    expect((await getTeacherFlags(ctx.db(), { teacherId: other, questionIds: [q(2)] })).size).toBe(0);
    expect(await listFlaggedQuestions(ctx.db(), { teacherId: other })).toEqual([]);
    expect(await clearQuestionFlag(ctx.db(), { teacherId: other, questionId: q(2) })).toBe(false);
    expect(await listFlaggedQuestionIds(ctx.db(), { teacherId: owner })).toEqual([q(2)]);
    // The other teacher flagging the same question makes a flag of their own; the owner's is unchanged.
    await flagQuestion(ctx.db(), { teacherId: other, questionId: q(2), reason: "unclear", comment: "Mine." });
    expect((await getTeacherFlags(ctx.db(), { teacherId: owner, questionIds: [q(2)] })).get(q(2))?.comment).toBe("Owner's flag.");
    expect((await listFlaggedQuestions(ctx.db(), { teacherId: other }))[0]?.flag?.comment).toBe("Mine.");
  });

  it("takes a flagged question out of that teacher's sets' sessions at once, and puts it back when cleared", async () => {
    const teacher = await user("teacher");
    const other = await user("teacher");
    const student = await user("student");
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Flag class", joinCode: nextCode, expiresAt: LATER });
    await joinClassByCode(ctx.db(), { studentId: student, code: klass.joinCode, now: NOW });
    const picked = [q(20), q(21), q(22)];
    const setId = await createSet(ctx.db(), { teacherId: teacher, name: "Flag set", questionIds: picked });
    const practice =
      (await createAssignment(ctx.db(), { teacherId: teacher, classId: klass.id, setId, dueAt: LATER, isQuiz: false })) ?? "";
    // The scored quiz goes to a second class: an open quiz holds its questions back from its own students' practice.
    const quizStudent = await user("student");
    const quizClass = await createClass(ctx.db(), { teacherId: teacher, name: "Flag quiz class", joinCode: nextCode, expiresAt: LATER });
    await joinClassByCode(ctx.db(), { studentId: quizStudent, code: quizClass.joinCode, now: NOW });
    const quiz = (await createAssignment(ctx.db(), { teacherId: teacher, classId: quizClass.id, setId, dueAt: LATER, isQuiz: true })) ?? "";

    const served = async () => ({
      session: (await loadStudyQueue(ctx.db(), { userId: student, now: NOW, utcOffsetMinutes: 0, scope: { assignment: practice } })).items
        .map((i) => i.question.id)
        .sort(),
      quiz: await listAssignmentQuestionIds(ctx.db(), { studentId: quizStudent, assignmentId: quiz }),
      assigned: [...(await mapQuestionsToAssignments(ctx.db(), { studentId: student, now: NOW })).keys()].sort(),
      counts: [...(await listStudentAssignments(ctx.db(), student)), ...(await listStudentAssignments(ctx.db(), quizStudent))].map(
        (a) => a.questions,
      ),
    });
    expect(await served()).toEqual({ session: [...picked].sort(), quiz: picked, assigned: [...picked].sort(), counts: [3, 3] });

    // Another teacher's flag on the same question changes nothing in this teacher's sets.
    await flagQuestion(ctx.db(), { teacherId: other, questionId: q(21), reason: "wrong", comment: "Not my set." });
    expect((await served()).quiz).toEqual(picked);

    await flagQuestion(ctx.db(), { teacherId: teacher, questionId: q(21), reason: "wrong", comment: "Bad distractors." });
    const rest = [q(20), q(22)];
    expect(await served()).toEqual({ session: [...rest].sort(), quiz: rest, assigned: [...rest].sort(), counts: [2, 2] });

    await clearQuestionFlag(ctx.db(), { teacherId: teacher, questionId: q(21) });
    expect((await served()).quiz).toEqual(picked);
  });

  it("leaves the teacher's flagged questions out of auto-built sets, and only that teacher's", async () => {
    const teacher = await user("teacher");
    const other = await user("teacher");
    const topic = bank[0]?.tags[0] ?? "";
    const before = await pickTopicQuestions(ctx.db(), { teacherId: teacher, topic, count: 10 });
    const flagged = before[0] ?? "";
    await flagQuestion(ctx.db(), { teacherId: teacher, questionId: flagged, reason: "ambiguous", comment: "Two fills fit." });
    expect(await pickTopicQuestions(ctx.db(), { teacherId: teacher, topic, count: 10 })).not.toContain(flagged);
    expect(await pickTopicQuestions(ctx.db(), { teacherId: other, topic, count: 10 })).toEqual(before);
  });

  it("keeps one report per student per question and shows it only to their teachers whose sets hold it", async () => {
    const teacher = await user("teacher", "Ms Owner");
    const noClass = await user("teacher", "Not their teacher");
    const noSet = await user("teacher", "Class but no set");
    const student = await user("student", "Sophea");
    const classmate = await user("student", "Dara");
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Reports", joinCode: nextCode, expiresAt: LATER });
    const other = await createClass(ctx.db(), { teacherId: noSet, name: "Other class", joinCode: nextCode, expiresAt: LATER });
    for (const s of [student, classmate]) await joinClassByCode(ctx.db(), { studentId: s, code: klass.joinCode, now: NOW });
    await joinClassByCode(ctx.db(), { studentId: student, code: other.joinCode, now: NOW });
    await createSet(ctx.db(), { teacherId: teacher, name: "Reported set", questionIds: [q(30), q(31)] });
    await createSet(ctx.db(), { teacherId: noClass, name: "Same question", questionIds: [q(30)] });

    const report = (who: string, questionId: string, reason: "wrong" | "ambiguous" | "unclear", comment = "") =>
      sendQuestionReport(ctx.db(), { user: { id: who, role: "student" }, input: { questionId, reason, comment } });
    await report(student, q(30), "wrong");
    await report(student, q(30), "unclear", "I could not follow the question.");
    await report(classmate, q(30), "ambiguous");
    expect(await count("question_reports", `student_id = '${student}'`)).toBe(1);
    expect(await getStudentReport(ctx.db(), { studentId: student, questionId: q(30) })).toMatchObject({ reason: "unclear" });
    // A student sees only their own report.
    expect(await getStudentReport(ctx.db(), { studentId: student, questionId: q(31) })).toBeNull();

    const [listed] = await listFlaggedQuestions(ctx.db(), { teacherId: teacher });
    expect(listed?.flag).toBeNull();
    expect(listed?.sets.map((s) => s.name)).toEqual(["Reported set"]);
    expect(listed?.reports.map((r) => [r.studentName, r.reason, r.comment]).sort()).toEqual([
      ["Dara", "ambiguous", ""],
      ["Sophea", "unclear", "I could not follow the question."],
    ]);
    // Not their teacher (though the set holds it), and their teacher without the question in a set: nothing.
    expect(await listFlaggedQuestions(ctx.db(), { teacherId: noClass })).toEqual([]);
    expect(await listFlaggedQuestions(ctx.db(), { teacherId: noSet })).toEqual([]);
    // A report does not take the question out of sessions: only the teacher's own flag does.
    expect(await listFlaggedQuestionIds(ctx.db(), { teacherId: teacher })).toEqual([]);

    // Flagging and then clearing settles the reports made before the clearing.
    await flagQuestion(ctx.db(), { teacherId: teacher, questionId: q(30), reason: "wrong", comment: "Checked: it is wrong." });
    expect((await listFlaggedQuestions(ctx.db(), { teacherId: teacher }))[0]?.reports).toHaveLength(2);
    await clearQuestionFlag(ctx.db(), { teacherId: teacher, questionId: q(30) });
    expect(await listFlaggedQuestions(ctx.db(), { teacherId: teacher })).toEqual([]);
  });

  it("refuses teachers' reports and counts students' against the hourly limit, writing nothing once over it", async () => {
    const teacher = await user("teacher");
    await expect(
      sendQuestionReport(ctx.db(), {
        user: { id: teacher, role: "teacher" },
        input: { questionId: bank[40]?.id ?? "", reason: "wrong", comment: "" },
      }),
    ).rejects.toThrow("Teachers flag questions");
    expect(await count("question_reports", `student_id = '${teacher}'`)).toBe(0);

    const student = await user("student");
    const { points } = RATE_LIMITS.reportPostsPerUser;
    for (let i = 0; i < points; i++) {
      await sendQuestionReport(ctx.db(), {
        user: { id: student, role: "student" },
        input: { questionId: bank[40 + i]?.id ?? "", reason: "unclear", comment: "" },
      });
    }
    expect(await count("question_reports", `student_id = '${student}'`)).toBe(points);
    const over = sendQuestionReport(ctx.db(), {
      user: { id: student, role: "student" },
      input: { questionId: bank[40 + points]?.id ?? "", reason: "wrong", comment: "" },
    });
    await expect(over).rejects.toBeInstanceOf(RateLimitedError);
    await expect(over).rejects.toThrow(/^You have sent a lot of reports in the last hour\. Please wait \d+ minutes and try again\.$/);
    expect(await getStudentReport(ctx.db(), { studentId: student, questionId: bank[40 + points]?.id ?? "" })).toBeNull();
    // Another student is not affected.
    const classmate = await user("student");
    await sendQuestionReport(ctx.db(), {
      user: { id: classmate, role: "student" },
      input: { questionId: bank[40]?.id ?? "", reason: "wrong", comment: "" },
    });
  });
});
