import { itemIdOf } from "@/lib/questions/items";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { deleteUserAccount, exportUserData, TeacherHasClassesError, updateUserEmail, updateUserName } from "@/db/queries/account";
import { createAssignment } from "@/db/queries/assignments";
import { deleteClass, handOverClass } from "@/db/queries/class-handover";
import { listClassStudySettings } from "@/db/queries/class-study-settings";
import { createClass, getTeacherClass } from "@/db/queries/classes";
import { createSet, deleteSet } from "@/db/queries/quiz-sets";
import { recordReviews } from "@/db/queries/reviews";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { getStudySettings, saveStudySettings } from "@/db/queries/study";
import { EmailTakenError, createUser, findUserByEmail } from "@/db/queries/users";
import { assignments, classes, enrollments, reviewLogs } from "@/db/schema";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { generateQuestionBank } from "@/lib/questions";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/scheduling";
import { fixture } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
/** One question per knowledge item (memory is kept per item, issue 9). */
const faces = [...new Map(bank.map((q) => [itemIdOf(q), q])).values()];
const NOW = new Date("2026-03-01T09:00:00Z");

describeEachEngine("account: profile, export, deletion, hand-over, study settings", (ctx) => {
  const make = (name: string, role: "student" | "teacher" = "student") =>
    createUser(ctx.db(), { email: `${name}-${crypto.randomUUID()}@t.kizuna`, name, role, passwordHash: "hash" });
  const code = () => crypto.randomUUID().slice(0, 8);
  const review = (questionId: string) => ({
    id: crypto.randomUUID(),
    questionId,
    mode: "quiz" as const,
    rating: "good" as const,
    correct: true,
    answer: 0,
    responseMs: 4000,
    reviewedAt: NOW,
  });

  beforeAll(async () => {
    await syncQuestionBank(ctx.db(), fixture, bank);
  });

  it("changes a user's own name and email; a taken email is refused beside the field", async () => {
    const a = await make("a");
    const b = await make("b");
    expect(await updateUserName(ctx.db(), { userId: a.id, name: "  Ana  " })).toBe(true);
    expect(await updateUserEmail(ctx.db(), { userId: a.id, email: ` New-${a.id}@T.Kizuna ` })).toBe(true);
    expect(await findUserByEmail(ctx.db(), `new-${a.id}@t.kizuna`)).toMatchObject({ id: a.id, name: "Ana" });
    await expect(updateUserEmail(ctx.db(), { userId: b.id, email: `new-${a.id}@t.kizuna` })).rejects.toBeInstanceOf(EmailTakenError);
    expect(await findUserByEmail(ctx.db(), b.email)).toMatchObject({ id: b.id, name: "b" });
  });

  it("exports only the caller's own reviews and memory states, never a password hash", async () => {
    const a = await make("exp-a");
    const b = await make("exp-b");
    await recordReviews(ctx.db(), {
      userId: a.id,
      reviews: [review(faces[0]?.id ?? ""), review(faces[1]?.id ?? "")],
      desiredRetention: 0.9,
    });
    await recordReviews(ctx.db(), { userId: b.id, reviews: [review(faces[2]?.id ?? "")], desiredRetention: 0.9 });
    const data = await exportUserData(ctx.db(), { userId: a.id, now: NOW });
    expect(data?.user).toMatchObject({ id: a.id, email: a.email });
    expect(data?.reviews.map((r) => r.questionId).sort()).toEqual([faces[0]?.id, faces[1]?.id].sort());
    expect(data?.memoryStates.map((m) => m.key).sort()).toEqual([itemIdOf(faces[0]!), itemIdOf(faces[1]!)].sort());
    expect(data?.memoryStates[0]).toMatchObject({ state: "learning" });
    expect(JSON.stringify(data)).not.toContain("hash");
    expect(JSON.stringify(data)).not.toContain(b.id);
    expect(await exportUserData(ctx.db(), { userId: crypto.randomUUID(), now: NOW })).toBeNull();
  });

  it("deletes a student with everything of theirs, and nobody else's", async () => {
    const gone = await make("gone");
    const stays = await make("stays");
    await recordReviews(ctx.db(), { userId: gone.id, reviews: [review(faces[0]?.id ?? "")], desiredRetention: 0.9 });
    await recordReviews(ctx.db(), { userId: stays.id, reviews: [review(faces[0]?.id ?? "")], desiredRetention: 0.9 });
    expect(await deleteUserAccount(ctx.db(), { userId: gone.id })).toBe(true);
    expect(await findUserByEmail(ctx.db(), gone.email)).toBeUndefined();
    expect(await ctx.db().select().from(reviewLogs).where(eq(reviewLogs.userId, gone.id))).toEqual([]);
    expect(await ctx.db().select().from(reviewLogs).where(eq(reviewLogs.userId, stays.id))).toHaveLength(1);
    expect(await deleteUserAccount(ctx.db(), { userId: gone.id })).toBe(false);
  });

  it("refuses to delete a teacher with classes until each is handed over or deleted", async () => {
    const t1 = await make("t1", "teacher");
    const t2 = await make("t2", "teacher");
    const student = await make("pupil");
    const kept = await createClass(ctx.db(), { teacherId: t1.id, name: "Kept", joinCode: code, expiresAt: new Date(NOW.getTime() + 9e9) });
    const dropped = await createClass(ctx.db(), {
      teacherId: t1.id,
      name: "Dropped",
      joinCode: code,
      expiresAt: new Date(NOW.getTime() + 9e9),
    });
    await ctx.db().insert(enrollments).values({ classId: kept.id, studentId: student.id });
    const setId = await createSet(ctx.db(), { teacherId: t1.id, name: "Set", questionIds: [faces[0]?.id ?? "", faces[1]?.id ?? ""] });
    await createAssignment(ctx.db(), { teacherId: t1.id, classId: kept.id, setId, dueAt: new Date(NOW.getTime() + 9e8), isQuiz: false });

    await expect(deleteUserAccount(ctx.db(), { userId: t1.id })).rejects.toBeInstanceOf(TeacherHasClassesError);
    // Another teacher cannot take or delete t1's class.
    expect(await handOverClass(ctx.db(), { teacherId: t2.id, classId: kept.id, toEmail: t2.email })).toBe(false);
    expect(await deleteClass(ctx.db(), { teacherId: t2.id, classId: dropped.id })).toBe(false);
    // Only to a teacher account, never to oneself.
    await expect(handOverClass(ctx.db(), { teacherId: t1.id, classId: kept.id, toEmail: student.email })).rejects.toMatchObject({
      field: "email",
    });
    await expect(handOverClass(ctx.db(), { teacherId: t1.id, classId: kept.id, toEmail: t1.email })).rejects.toMatchObject({
      field: "email",
    });

    expect(await handOverClass(ctx.db(), { teacherId: t1.id, classId: kept.id, toEmail: t2.email.toUpperCase() })).toBe(true);
    expect(await getTeacherClass(ctx.db(), { teacherId: t2.id, classId: kept.id })).toMatchObject({ name: "Kept", students: 1 });
    // The assignment now uses t2's copy of the set, so t1 can delete theirs.
    const [assignment] = await ctx.db().select().from(assignments).where(eq(assignments.classId, kept.id));
    expect(assignment?.setId).not.toBe(setId);
    expect(await deleteSet(ctx.db(), { teacherId: t1.id, setId })).toBe(true);

    expect(await deleteClass(ctx.db(), { teacherId: t1.id, classId: dropped.id })).toBe(true);
    expect(await deleteUserAccount(ctx.db(), { userId: t1.id })).toBe(true);
    expect(await ctx.db().select().from(classes).where(eq(classes.id, kept.id))).toHaveLength(1);
  });

  it("keeps study settings per student; the next session takes the new-item count and the day's start", async () => {
    const a = await make("set-a");
    const b = await make("set-b");
    await saveStudySettings(ctx.db(), {
      userId: a.id,
      settings: { desiredRetention: 0.8, newPerDay: 3, reviewCap: null, dayStartHour: 4, timeZone: "Asia/Phnom_Penh" },
    });
    expect(await getStudySettings(ctx.db(), a.id)).toEqual({
      desiredRetention: 0.8,
      newPerDay: 3,
      reviewCap: null,
      dayStartHour: 4,
      timeZone: "Asia/Phnom_Penh",
    });
    expect(await getStudySettings(ctx.db(), b.id)).toEqual(DEFAULT_STUDY_SETTINGS);
    // Both bounds save (float4 holds 0.7 as 0.69999999 and 0.97 as 0.97000003).
    for (const desiredRetention of [0.7, 0.97]) {
      await saveStudySettings(ctx.db(), { userId: b.id, settings: { ...DEFAULT_STUDY_SETTINGS, desiredRetention } });
      expect((await getStudySettings(ctx.db(), b.id)).desiredRetention).toBeCloseTo(desiredRetention, 6);
    }
    await expect(
      saveStudySettings(ctx.db(), { userId: b.id, settings: { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.98 } }),
    ).rejects.toThrow();
    await saveStudySettings(ctx.db(), { userId: b.id, settings: DEFAULT_STUDY_SETTINGS });
    const queueA = await loadStudyQueue(ctx.db(), { userId: a.id, now: NOW, utcOffsetMinutes: 0, scope: {} });
    const queueB = await loadStudyQueue(ctx.db(), { userId: b.id, now: NOW, utcOffsetMinutes: 0, scope: {} });
    expect(queueA.newCount).toBe(3);
    expect(queueB.newCount).toBe(Math.min(DEFAULT_STUDY_SETTINGS.newPerDay, bank.length));
    // Three new items started at 02:00 Phnom Penh time (before the 04:00 day start) count for the day before.
    const early = new Date("2026-03-01T19:00:00Z");
    await recordReviews(ctx.db(), {
      userId: a.id,
      reviews: queueA.items.map((i) => ({ ...review(i.question.id), reviewedAt: early })),
      desiredRetention: 0.8,
    });
    const at0430 = new Date("2026-03-01T21:30:00Z");
    expect((await loadStudyQueue(ctx.db(), { userId: a.id, now: at0430, utcOffsetMinutes: 0, scope: {} })).newCount).toBe(3);
    const at0330 = new Date("2026-03-01T20:30:00Z");
    expect((await loadStudyQueue(ctx.db(), { userId: a.id, now: at0330, utcOffsetMinutes: 0, scope: {} })).newCount).toBe(0);
  });

  it("shows a teacher their own students' settings only", async () => {
    const t = await make("st-t", "teacher");
    const other = await make("st-o", "teacher");
    const s1 = await make("st-s1");
    const s2 = await make("st-s2");
    const klass = await createClass(ctx.db(), {
      teacherId: t.id,
      name: "Settings",
      joinCode: code,
      expiresAt: new Date(NOW.getTime() + 9e9),
    });
    await ctx
      .db()
      .insert(enrollments)
      .values([
        { classId: klass.id, studentId: s1.id },
        { classId: klass.id, studentId: s2.id },
      ]);
    await saveStudySettings(ctx.db(), { userId: s1.id, settings: { desiredRetention: 0.95, newPerDay: 7, reviewCap: 50 } });
    const view = await listClassStudySettings(ctx.db(), { teacherId: t.id, classId: klass.id });
    expect(view.get(s1.id)).toEqual({ desiredRetention: 0.95, newPerDay: 7, reviewCap: 50, custom: true });
    expect(view.get(s2.id)).toMatchObject({ desiredRetention: 0.9, newPerDay: 20, custom: false });
    expect((await listClassStudySettings(ctx.db(), { teacherId: other.id, classId: klass.id })).size).toBe(0);
  });
});
