/**
 * The dashboard aggregates (assignment_question_stats, assignment_wrong_answers) after a seeded
 * random mix of reviews — batches through recordReviews, a resent batch, logs inserted straight
 * into review_logs, a student joining late, an assignment made after reviews were logged, a
 * question added to an assigned set — equal a from-scratch count of the logs written here in
 * TypeScript from the ASSIGNMENT_REVIEWS definition; and the backfill's recount gives them again.
 */
import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { createAssignment, listStudentAssignments } from "@/db/queries/assignments";
import { createClass, joinClassByCode } from "@/db/queries/classes";
import { backfillAssignmentStats, recountAssignmentStats } from "@/db/queries/dashboard/aggregates";
import { listAssignmentItems, listAssignmentStudents } from "@/db/queries/dashboard";
import { createSet, replaceSetItems } from "@/db/queries/quiz-sets";
import { recordReviews } from "@/db/queries/reviews";
import { createUser } from "@/db/queries/users";
import { assignmentQuestionStats, assignments, assignmentWrongAnswers, enrollments, quizSetItems, reviewLogs } from "@/db/schema";
import { selectRows } from "@/db/rows";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { REVIEW_RATINGS, type ReviewMode } from "@/lib/domain";
import { generateQuestionBank } from "@/lib/questions";
import { itemIdOf } from "@/lib/questions/items";
import { createUniformRandom } from "@/lib/scheduling/random";
import type { GradedReview } from "@/lib/study/graded-review";
import { fixture } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const itemOf = new Map(bank.map((q) => [q.id, itemIdOf(q)]));
const DAY = 86_400_000;

/** Knowledge items with two faces or more first, so "any face of the item counts" is exercised. */
const faces = new Map<string, string[]>();
for (const q of bank) faces.set(itemIdOf(q), [...(faces.get(itemIdOf(q)) ?? []), q.id]);
const items = [...faces.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 7);
const face = (item: number, n = 0) => items[item]?.[1][n] ?? items[item]?.[1][0] ?? "";

type StatsRow = typeof assignmentQuestionStats.$inferSelect;

describeEachEngine("dashboard aggregates", (ctx) => {
  const rng = createUniformRandom(13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const t0 = Date.now();
  let teacher = "";
  let otherTeacher = "";
  let students: string[] = [];
  let classId = "";
  let joinCode = "";
  let setA = "";
  let setB = "";
  let a1 = "";
  const sent: { userId: string; reviews: GradedReview[] }[] = [];

  /** A batch of 1–8 reviews of any face of the 7 items, around t0 (some before each assignment). */
  function randomBatch(): GradedReview[] {
    return Array.from({ length: 1 + Math.floor(rng() * 8) }, () => {
      const item = Math.floor(rng() * items.length);
      const mode: ReviewMode = rng() < 0.75 ? "quiz" : "flashcard";
      const correct = rng() < 0.5;
      return {
        id: crypto.randomUUID(),
        questionId: face(item, Math.floor(rng() * 3)),
        mode,
        rating: correct ? "good" : pick(REVIEW_RATINGS),
        correct,
        answer: mode === "flashcard" ? null : pick([0, 1, 2, "Tokyo", " tokyo", ["a", "b"]]),
        responseMs: 1000 + Math.floor(rng() * 30_000),
        reviewedAt: new Date(t0 + Math.floor((rng() * 6 - 3) * DAY)),
      };
    });
  }

  async function sendRound(batches: number) {
    for (let b = 0; b < batches; b++) {
      const batch = { userId: pick(students), reviews: randomBatch() };
      sent.push(batch);
      await recordReviews(ctx.db(), { ...batch, desiredRetention: 0.9 });
    }
  }

  beforeAll(async () => {
    const db = ctx.db();
    await syncQuestionBank(db, fixture, bank);
    const make = async (name: string, role: "student" | "teacher") =>
      (await createUser(db, { email: `${name}-${crypto.randomUUID()}@t.kizuna`, name, role, passwordHash: "x" })).id;
    teacher = await make("teacher", "teacher");
    otherTeacher = await make("other", "teacher");
    students = [];
    for (let i = 0; i < 7; i++) students.push(await make(`s${i}`, "student"));
    const klass = await createClass(db, {
      teacherId: teacher,
      name: "Aggregates",
      joinCode: () => crypto.randomBytes(3).toString("hex").toUpperCase(),
      expiresAt: new Date(t0 + 30 * DAY),
    });
    classId = klass.id;
    joinCode = klass.joinCode;
    for (const s of students.slice(0, 5)) await joinClassByCode(db, { studentId: s, code: joinCode, now: new Date(t0) });
    // Set A: items 0–3; set B: items 2–5 and a second face of item 0 (two set questions, one memory).
    setA = await createSet(db, { teacherId: teacher, name: "A", questionIds: [0, 1, 2, 3].map((i) => face(i)) });
    setB = await createSet(db, { teacherId: teacher, name: "B", questionIds: [...[2, 3, 4, 5].map((i) => face(i)), face(0, 1)] });
    const due = new Date(t0 + 7 * DAY);
    a1 = (await createAssignment(db, { teacherId: teacher, classId, setId: setA, dueAt: due, isQuiz: false })) ?? "";
  }, 120_000);

  it("equal a from-scratch count of the logs after a random mix of writes, and the recount agrees", async () => {
    const db = ctx.db();
    await sendRound(12);
    // Student 5 joins after reviewing; an assignment of set B is made after reviews were logged.
    await joinClassByCode(db, { studentId: students[5] ?? "", code: joinCode, now: new Date(t0) });
    expect(
      await createAssignment(db, { teacherId: teacher, classId, setId: setB, dueAt: new Date(t0 + 7 * DAY), isQuiz: true }),
    ).not.toBeNull();
    await sendRound(12);
    // A resent batch (all duplicates) and logs inserted straight into review_logs, many in one statement.
    const again = sent[3] ?? { userId: "", reviews: [] };
    const resent = await recordReviews(db, { ...again, desiredRetention: 0.9 });
    expect(resent.every((r) => r.status === "duplicate")).toBe(true);
    const raw = randomBatch();
    await db.insert(reviewLogs).values(
      raw.map((r) => ({
        id: r.id,
        userId: students[1] ?? "",
        questionId: r.questionId,
        itemId: itemOf.get(r.questionId) ?? "",
        rating: 3,
        correct: r.correct,
        mode: r.mode,
        answer: r.answer,
        responseMs: r.responseMs,
        reviewedAt: r.reviewedAt,
        stateBefore: 0,
        stabilityAfter: 1,
        difficultyAfter: 5,
        scheduledDays: 1,
      })),
    );
    // Item 6 joins set A: its reviews so far start counting toward A's assignment.
    await replaceSetItems(db, { teacherId: teacher, setId: setA, questionIds: [0, 1, 2, 3, 6].map((i) => face(i)) });
    await sendRound(12);

    const expected = await countFromScratch();
    expect(expected.stats.length).toBeGreaterThan(20); // the mix did reach the sets
    expect(expected.wrong.length).toBeGreaterThan(5);
    expect(await readAggregates()).toEqual(expected);
    // The trigger left every row right, so the backfill's recount finds nothing to write: no row
    // inserted, updated or deleted (the same row versions, xmin for xmin), and the same figures.
    const versions = await readRowVersions();
    expect(await backfillAssignmentStats(db)).toEqual({ written: 0, deleted: 0 });
    expect(await readRowVersions()).toEqual(versions);
    expect(await readAggregates()).toEqual(expected);
  }, 180_000);

  it("repairs drift by writing only the rows that differ, in place", async () => {
    const db = ctx.db();
    const expected = await countFromScratch();
    const [changed, lost, otherRow] = await db.select().from(assignmentQuestionStats).where(eq(assignmentQuestionStats.assignmentId, a1));
    const [lostWrong] = await db.select().from(assignmentWrongAnswers);
    if (!changed || !lost || !otherRow || !lostWrong) throw new Error("the first test left too few aggregate rows");
    const key = (r: StatsRow) =>
      and(
        eq(assignmentQuestionStats.assignmentId, r.assignmentId),
        eq(assignmentQuestionStats.userId, r.userId),
        eq(assignmentQuestionStats.questionId, r.questionId),
      );
    await db
      .update(assignmentQuestionStats)
      .set({ reviews: changed.reviews + 5 })
      .where(key(changed));
    await db.delete(assignmentQuestionStats).where(key(lost));
    await db
      .delete(assignmentWrongAnswers)
      .where(
        and(
          eq(assignmentWrongAnswers.assignmentId, lostWrong.assignmentId),
          eq(assignmentWrongAnswers.userId, lostWrong.userId),
          eq(assignmentWrongAnswers.answerHash, lostWrong.answerHash),
          eq(assignmentWrongAnswers.questionId, lostWrong.questionId),
        ),
      );
    // A row for student 6, who never joined: nothing of theirs counts, so the recount drops it.
    await db.insert(assignmentQuestionStats).values({ ...otherRow, userId: students[6] ?? "" });
    const before = await readRowVersions();

    expect(await recountAssignmentStats(db)).toEqual({ written: 3, deleted: 1 });
    expect(await readAggregates()).toEqual(expected);
    // Every row the drift did not touch is the same row version as before.
    const after = new Map((await readRowVersions()).map((r) => [r.key, r.xmin]));
    const untouched = before.filter((r) => r.key.split("|")[1] !== students[6] && r.key !== keyOf(changed));
    expect(untouched.length).toBeGreaterThan(10);
    for (const r of untouched) expect(after.get(r.key), r.key).toBe(r.xmin);
    expect(after.get(keyOf(changed))).not.toBe(before.find((r) => r.key === keyOf(changed))?.xmin);
    // And again: nothing left to write.
    expect(await recountAssignmentStats(db, { assignmentIds: [a1] })).toEqual({ written: 0, deleted: 0 });
  }, 120_000);

  it("shows the aggregates to nobody but the class's teacher, and each student only their own", async () => {
    const db = ctx.db();
    const theirs = { teacherId: otherTeacher, assignmentId: a1 };
    expect(await listAssignmentStudents(db, { ...theirs, now: new Date(t0) })).toBeNull();
    expect(await listAssignmentItems(db, theirs)).toBeNull();
    const mine = await listAssignmentStudents(db, { teacherId: teacher, assignmentId: a1, now: new Date(t0) });
    // Student 6 reviewed too but never joined: not on the roster, and nothing counted for them.
    expect(mine?.map((r) => r.studentId).sort()).toEqual(students.slice(0, 6).sort());
    expect(
      await db
        .select()
        .from(assignmentQuestionStats)
        .where(eq(assignmentQuestionStats.userId, students[6] ?? "")),
    ).toEqual([]);
    expect(await listStudentAssignments(db, students[6] ?? "")).toEqual([]);
    const own = await listStudentAssignments(db, students[0] ?? "");
    const counted = await db
      .select()
      .from(assignmentQuestionStats)
      .where(eq(assignmentQuestionStats.userId, students[0] ?? ""));
    expect(own.find((a) => a.id === a1)?.answered).toBe(counted.filter((r) => r.assignmentId === a1).length);
  });

  /** Each aggregate row's key and version (xmin: the transaction that last wrote it), in a stable order. */
  async function readRowVersions() {
    const stats = await selectRows<{ key: string; xmin: string }>(
      ctx.db(),
      sql`select 's|' || user_id || '|' || assignment_id || '|' || question_id as key, xmin::text as xmin from assignment_question_stats
          union all
          select 'w|' || user_id || '|' || assignment_id || '|' || question_id || '|' || answer_hash, xmin::text from assignment_wrong_answers`,
    );
    return stats.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  const keyOf = (r: StatsRow) => `s|${r.userId}|${r.assignmentId}|${r.questionId}`;

  /** The table rows, in a stable order, timestamps as milliseconds. */
  async function readAggregates() {
    const stats = (await ctx.db().select().from(assignmentQuestionStats)).map(normalise).sort(byKey);
    const wrong = (await ctx.db().select().from(assignmentWrongAnswers))
      .map((w) => `${w.assignmentId}|${w.userId}|${w.questionId}|${JSON.stringify(w.answer)}`)
      .sort();
    return { stats, wrong };
  }

  /** ASSIGNMENT_REVIEWS (db/queries/dashboard/shared.ts) counted in TypeScript, per assignment × student × set question. */
  async function countFromScratch() {
    const db = ctx.db();
    const logs = await db.select().from(reviewLogs);
    const setItems = await db.select().from(quizSetItems);
    const made = await db.select().from(assignments).where(eq(assignments.classId, classId));
    const roster = new Set((await db.select().from(enrollments).where(eq(enrollments.classId, classId))).map((e) => e.studentId));
    const stats: ReturnType<typeof normalise>[] = [];
    const wrong = new Set<string>();
    for (const a of made) {
      for (const userId of roster) {
        for (const si of setItems.filter((i) => i.setId === a.setId)) {
          const counted = logs
            .filter((l) => l.userId === userId && l.itemId === itemOf.get(si.questionId) && l.reviewedAt >= a.createdAt)
            .sort((x, y) => x.reviewedAt.getTime() - y.reviewedAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
          if (counted.length === 0) continue;
          const quiz = counted.filter((l) => l.mode === "quiz");
          const first = quiz[0];
          stats.push(
            normalise({
              assignmentId: a.id,
              userId,
              questionId: si.questionId,
              reviews: counted.length,
              quizAnswers: quiz.length,
              quizCorrect: quiz.filter((l) => l.correct).length,
              firstAt: counted[0]?.reviewedAt ?? new Date(0),
              lastAt: counted[counted.length - 1]?.reviewedAt ?? new Date(0),
              firstQuizAt: first?.reviewedAt ?? null,
              firstQuizId: first?.id ?? null,
              firstQuizCorrect: first?.correct ?? null,
              firstQuizMs: first?.responseMs ?? null,
            }),
          );
          for (const l of quiz) {
            if (!l.correct && l.questionId === si.questionId && l.answer !== null) {
              wrong.add(`${a.id}|${userId}|${si.questionId}|${JSON.stringify(l.answer)}`);
            }
          }
        }
      }
    }
    return { stats: stats.sort(byKey), wrong: [...wrong].sort() };
  }
});

function normalise(r: StatsRow) {
  return {
    ...r,
    firstAt: r.firstAt.getTime(),
    lastAt: r.lastAt.getTime(),
    firstQuizAt: r.firstQuizAt?.getTime() ?? null,
  };
}

function byKey(a: { assignmentId: string; userId: string; questionId: string }, b: typeof a): number {
  const ka = `${a.assignmentId}|${a.userId}|${a.questionId}`;
  const kb = `${b.assignmentId}|${b.userId}|${b.questionId}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
