import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { createAssignment, listStudentAssignments, mapQuestionsToAssignments } from "@/db/queries/assignments";
import { loadReviewContext } from "@/db/queries/review-context";
import {
  createClass,
  getTeacherClass,
  joinClassByCode,
  listClassStudents,
  regenerateJoinCode,
  removeStudent,
  renameClass,
} from "@/db/queries/classes";
import { createSet, deleteSet, duplicateSet, getTeacherSet, pickTopicQuestions, renameSet, replaceSetItems } from "@/db/queries/quiz-sets";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { syncQuestionBank } from "@/db/seed/question-bank";
import type { UserRole } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import { generateQuestionBank } from "@/lib/questions";
import { findReveals } from "@/lib/questions/lint/set-reveals";
import { MAX_DETAIL_SHARE } from "@/lib/questions/pick-set";
import { generateJoinCode } from "@/lib/teaching/join-code";
import { fixture } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-01T09:00:00Z");
const LATER = new Date("2026-03-08T09:00:00Z");
let codeSeq = 0;
// Deterministic codes per test run, distinct across calls.
const nextCode = () => generateJoinCode((max) => (codeSeq++ * 7 + 3) % max);

describeEachEngine("teaching: classes, sets, assignments", (ctx) => {
  let teacher = "";
  let otherTeacher = "";
  let student = "";
  let otherStudent = "";

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
    const user = async (role: UserRole) =>
      (await createUser(ctx.db(), { email: `${role}-${crypto.randomUUID()}@t.kizuna`, name: role, role, passwordHash: "x" })).id;
    [teacher, otherTeacher, student, otherStudent] = [
      await user("teacher"),
      await user("teacher"),
      await user("student"),
      await user("student"),
    ];
  });

  const count = async (table: string) =>
    (await selectRows<{ n: number }>(ctx.db(), sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ?? 0;

  it("creates classes with unambiguous codes and refuses a duplicate name for the same teacher", async () => {
    const made = await createClass(ctx.db(), { teacherId: teacher, name: "History 11", joinCode: nextCode, expiresAt: LATER });
    expect(made.joinCode).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    const before = await count("classes");
    await expect(createClass(ctx.db(), { teacherId: teacher, name: "history 11", joinCode: nextCode, expiresAt: LATER })).rejects.toThrow(
      "already have a class with this name",
    );
    expect(await count("classes")).toBe(before);
    // Another teacher may use the same name.
    await createClass(ctx.db(), { teacherId: otherTeacher, name: "History 11", joinCode: nextCode, expiresAt: LATER });
  });

  it("lets students join by code once, and refuses unknown and expired codes", async () => {
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Joinable", joinCode: nextCode, expiresAt: LATER });
    await expect(joinClassByCode(ctx.db(), { studentId: student, code: "ZZZZZZ", now: NOW })).rejects.toThrow("No class has this code");
    await joinClassByCode(ctx.db(), { studentId: student, code: klass.joinCode, now: NOW });
    await expect(joinClassByCode(ctx.db(), { studentId: student, code: klass.joinCode, now: NOW })).rejects.toThrow("already in Joinable");
    await expect(
      joinClassByCode(ctx.db(), { studentId: otherStudent, code: klass.joinCode, now: new Date(LATER.getTime() + 1) }),
    ).rejects.toThrow("expired");
    expect((await listClassStudents(ctx.db(), { teacherId: teacher, classId: klass.id })).map((s) => s.id)).toEqual([student]);
  });

  it("never lets another teacher see or change a class", async () => {
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Private", joinCode: nextCode, expiresAt: LATER });
    await joinClassByCode(ctx.db(), { studentId: student, code: klass.joinCode, now: NOW });
    const mine = { teacherId: teacher, classId: klass.id };
    const theirs = { teacherId: otherTeacher, classId: klass.id };
    expect(await getTeacherClass(ctx.db(), theirs)).toBeNull();
    expect(await listClassStudents(ctx.db(), theirs)).toEqual([]);
    expect(await renameClass(ctx.db(), { ...theirs, name: "Hijacked" })).toBe(false);
    expect(await regenerateJoinCode(ctx.db(), { ...theirs, joinCode: nextCode, expiresAt: LATER })).toBeNull();
    expect(await removeStudent(ctx.db(), { ...theirs, studentId: student })).toBe(false);
    expect((await getTeacherClass(ctx.db(), mine))?.name).toBe("Private");
    expect(await listClassStudents(ctx.db(), mine)).toHaveLength(1);
    // The owner can.
    expect(await removeStudent(ctx.db(), { ...mine, studentId: student })).toBe(true);
  });

  it("auto-builds a set in which no question gives away another's answer, with few details", async () => {
    const byId = new Map(bank.map((q) => [q.id, q]));
    for (const topic of new Set(bank.flatMap((q) => q.tags))) {
      const ids = await pickTopicQuestions(ctx.db(), { teacherId: teacher, topic, count: 12 });
      const set = ids.map((id) => byId.get(id)).filter((q) => q !== undefined);
      expect(set).toHaveLength(ids.length);
      expect(findReveals(set), topic).toEqual([]);
      expect(set.filter((q) => q.importance === "detail").length, topic).toBeLessThanOrEqual(Math.floor(set.length * MAX_DETAIL_SHARE));
    }
  });

  it("builds, edits, duplicates and deletes sets — only the owner's, never empty", async () => {
    const topic = bank[0]?.tags[0] ?? "";
    const ids = await pickTopicQuestions(ctx.db(), { teacherId: teacher, topic, count: 5 });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(5);
    await expect(createSet(ctx.db(), { teacherId: teacher, name: "Empty", questionIds: [] })).rejects.toBeInstanceOf(DomainError);
    const setId = await createSet(ctx.db(), { teacherId: teacher, name: "Set A", questionIds: ids });
    const mine = { teacherId: teacher, setId };
    const theirs = { teacherId: otherTeacher, setId };
    expect((await getTeacherSet(ctx.db(), mine))?.items.map((q) => q.id)).toEqual(ids);
    expect(await getTeacherSet(ctx.db(), theirs)).toBeNull();
    expect(await renameSet(ctx.db(), { ...theirs, name: "Mine now" })).toBe(false);
    expect(await replaceSetItems(ctx.db(), { ...theirs, questionIds: [ids[0] ?? ""] })).toBe(false);
    expect(await duplicateSet(ctx.db(), theirs)).toBeNull();
    await expect(replaceSetItems(ctx.db(), { ...mine, questionIds: [] })).rejects.toThrow("at least one question");
    const reversed = [...ids].reverse();
    expect(await replaceSetItems(ctx.db(), { ...mine, questionIds: reversed })).toBe(true);
    expect((await getTeacherSet(ctx.db(), mine))?.items.map((q) => q.id)).toEqual(reversed);
    const copy = (await duplicateSet(ctx.db(), mine)) ?? "";
    expect((await getTeacherSet(ctx.db(), { teacherId: teacher, setId: copy }))?.name).toBe("Copy of Set A");
    expect(await deleteSet(ctx.db(), { teacherId: otherTeacher, setId: copy })).toBe(false);
    expect(await deleteSet(ctx.db(), { teacherId: teacher, setId: copy })).toBe(true);
  });

  it("checks ownership before any rule: another teacher's assigned or emptied set is simply not found", async () => {
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Owner first", joinCode: nextCode, expiresAt: LATER });
    const setId = await createSet(ctx.db(), { teacherId: teacher, name: "Assigned set", questionIds: [bank[0]?.id ?? ""] });
    expect(await createAssignment(ctx.db(), { teacherId: teacher, classId: klass.id, setId, dueAt: LATER, isQuiz: false })).toBeTruthy();
    const theirs = { teacherId: otherTeacher, setId };
    // The owner is told why; anyone else learns nothing, not even that the set is assigned.
    await expect(deleteSet(ctx.db(), { teacherId: teacher, setId })).rejects.toThrow("assigned to a class");
    expect(await deleteSet(ctx.db(), theirs)).toBe(false);
    expect(await replaceSetItems(ctx.db(), { ...theirs, questionIds: [] })).toBe(false);
    expect(await replaceSetItems(ctx.db(), { ...theirs, questionIds: ["no-such-question"] })).toBe(false);
    expect((await getTeacherSet(ctx.db(), { teacherId: teacher, setId }))?.items).toHaveLength(1);
  });

  // The due date rule ("in the future") is lib/teaching/due-date.ts, tested in tests/unit/teaching.
  it("assigns a set; assigned questions lead the student's queue and tag reviews", async () => {
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Assigned", joinCode: nextCode, expiresAt: LATER });
    await joinClassByCode(ctx.db(), { studentId: otherStudent, code: klass.joinCode, now: NOW });
    const picked = bank.slice(-3).map((q) => q.id); // the end of the bank: not first in study order
    const setId = await createSet(ctx.db(), { teacherId: teacher, name: "Late questions", questionIds: picked });
    const before = await count("assignments");
    const assignment = { classId: klass.id, setId, dueAt: LATER, isQuiz: false };
    expect(await createAssignment(ctx.db(), { teacherId: otherTeacher, ...assignment })).toBeNull();
    expect(await count("assignments")).toBe(before);
    const id = await createAssignment(ctx.db(), { teacherId: teacher, ...assignment });
    expect(id).toBeTruthy();

    const queue = await loadStudyQueue(ctx.db(), { userId: otherStudent, now: NOW, utcOffsetMinutes: 0, scope: {} });
    // Assigned questions lead the session: all three are in it, and one comes later only when it
    // waits for an item it gives away (lib/study/session-plan.ts).
    const shown = queue.items.map((i) => i.question.id);
    // Nothing unrelated comes before them: a card ahead of the first assigned one is there only
    // because an assigned card gives its answer away (so it must be asked first).
    const firstAssigned = shown.findIndex((id) => picked.includes(id));
    const assignedReveals = new Set(queue.items.filter((i) => picked.includes(i.question.id)).flatMap((i) => i.reveals));
    expect(firstAssigned).toBeGreaterThanOrEqual(0);
    for (const ahead of queue.items.slice(0, firstAssigned)) expect(assignedReveals.has(ahead.itemId)).toBe(true);
    expect(shown).toEqual(expect.arrayContaining(picked));
    for (const card of queue.items.filter((i) => picked.includes(i.question.id))) {
      const at = shown.indexOf(card.question.id);
      const waitedFor = queue.items.slice(0, at).filter((i) => card.reveals.includes(i.itemId));
      const revealedInSession = queue.items.filter((i) => card.reveals.includes(i.itemId));
      expect(waitedFor).toEqual(revealedInSession);
    }
    const map = await mapQuestionsToAssignments(ctx.db(), { studentId: otherStudent, now: NOW });
    expect(map.get(picked[0] ?? "")).toBe(id);
    expect(map.size).toBe(3);
    // Asked of some questions (as a review post asks), the same answer for those alone.
    const some = [picked[1] ?? "", "no-such-question"];
    expect(await mapQuestionsToAssignments(ctx.db(), { studentId: otherStudent, now: NOW, questionIds: some })).toEqual(
      new Map([[picked[1] ?? "", map.get(picked[1] ?? "")]]),
    );
    // The review post's single read tags the same assignments, and knows the unknown id is unknown.
    const context = await loadReviewContext(ctx.db(), { studentId: otherStudent, now: NOW, questionIds: [...picked, "no-such-question"] });
    expect(context.assignmentFor).toEqual(map);
    expect([...context.questions.keys()].sort()).toEqual([...picked].sort());
    expect((await loadReviewContext(ctx.db(), { studentId: student, now: NOW, questionIds: picked })).assignmentFor.size).toBe(0);
    // A student outside the class sees none of it.
    expect((await mapQuestionsToAssignments(ctx.db(), { studentId: student, now: NOW })).size).toBe(0);
    const scoped = await loadStudyQueue(ctx.db(), { userId: student, now: NOW, utcOffsetMinutes: 0, scope: { assignment: id ?? "" } });
    expect(scoped.items).toHaveLength(0);

    const [list] = await listStudentAssignments(ctx.db(), otherStudent);
    expect(list).toMatchObject({ id, setName: "Late questions", questions: 3, answered: 0 });
  });

  it("puts a due assigned item first even behind a long backlog of more overdue items", async () => {
    const backlogStudent = (
      await createUser(ctx.db(), { email: `backlog-${crypto.randomUUID()}@t.kizuna`, name: "B", role: "student", passwordHash: "x" })
    ).id;
    const klass = await createClass(ctx.db(), { teacherId: teacher, name: "Backlog", joinCode: nextCode, expiresAt: LATER });
    await joinClassByCode(ctx.db(), { studentId: backlogStudent, code: klass.joinCode, now: NOW });
    const assignedQuestion = bank.at(-1);
    if (!assignedQuestion) throw new Error("empty bank");
    const setId = await createSet(ctx.db(), { teacherId: teacher, name: "One late fact", questionIds: [assignedQuestion.id] });
    await createAssignment(ctx.db(), { teacherId: teacher, classId: klass.id, setId, dueAt: LATER, isQuiz: false });
    // Every item met and due: the assigned one a minute ago, each other one days overdue. A session
    // of 3 reads only a few of the most overdue items, yet the assigned one must lead it.
    await ctx.db().execute(sql`insert into item_states (user_id, item_id, due, stability, difficulty, elapsed_days, scheduled_days,
        learning_steps, reps, lapses, state, last_review, introduced_at)
      select ${backlogStudent}, k.id,
             case when k.id = ${assignedQuestion.itemId} then ${NOW.toISOString()}::timestamptz - interval '1 minute'
                  else ${NOW.toISOString()}::timestamptz - make_interval(days => 5 + row_number() over (order by k.id)::int) end,
             10, 5, 3, 10, 0, 3, 0, 2, ${NOW.toISOString()}::timestamptz - interval '30 days', ${NOW.toISOString()}::timestamptz - interval '60 days'
      from knowledge_items k where k.retired_at is null`);
    const queue = await loadStudyQueue(ctx.db(), { userId: backlogStudent, now: NOW, utcOffsetMinutes: 0, scope: {}, size: 3 });
    expect(queue.items[0]?.itemId).toBe(assignedQuestion.itemId);
    expect(queue.items[0]?.question.id).toBe(assignedQuestion.id);
    expect(queue.items.length).toBe(3);
    expect(queue.items.every((i) => i.kind === "due")).toBe(true);
  });
});
