import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { createClass } from "@/db/queries/classes";
import { insertParameterSet, resolveSchedulerParameters } from "@/db/queries/fsrs-parameters";
import { loadReviewContext } from "@/db/queries/review-context";
import { listTrainingLogs } from "@/db/queries/memory-states";
import { recordReviews } from "@/db/queries/reviews";
import { createUser } from "@/db/queries/users";
import { enrollments, fsrsParameterSets, reviewLogs } from "@/db/schema";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { generateQuestionBank } from "@/lib/questions";
import { itemIdOf } from "@/lib/questions/items";
import { createUniformRandom } from "@/lib/scheduling/random";
import { SIMULATED_TRUE_WEIGHTS } from "@/lib/scheduling/fit/simulate";
import { fitTarget } from "@/server/fsrs-fit/run-fits";
import { fixture } from "../unit/questions/fixture";
import { TEST_FIT_FIGURES } from "../support/fsrs-fit-figures";
import { describeEachEngine } from "../support/test-databases";

const fullBank = generateQuestionBank(fixture);
/** One face per knowledge item: memory (and so a training history) is per item, not per question. */
const bank = [...new Map(fullBank.map((q) => [itemIdOf(q), q])).values()];
const START = Date.UTC(2025, 0, 6, 9);
const DAY = 86_400_000;
/** Days after the first answer on which each question comes back. */
const SCHEDULE = [0, 1, 3, 7, 15, 30, 60, 100, 150];

describeEachEngine("fitted FSRS parameters", (ctx) => {
  let teacher = "";
  let classId = "";
  let otherClassId = "";
  const students: string[] = [];
  let outsider = "";

  beforeAll(async () => {
    const db = ctx.db();
    await syncQuestionBank(db, fixture, fullBank);
    const make = (name: string, role: "student" | "teacher") =>
      createUser(db, { email: `${name}-${crypto.randomUUID()}@t.kizuna`, name, role, passwordHash: "x" });
    teacher = (await make("teacher", "teacher")).id;
    classId = (
      await createClass(db, {
        teacherId: teacher,
        name: "Fit class",
        joinCode: () => crypto.randomUUID().slice(0, 8),
        expiresAt: new Date(START + 400 * DAY),
      })
    ).id;
    otherClassId = (
      await createClass(db, {
        teacherId: teacher,
        name: "Other class",
        joinCode: () => crypto.randomUUID().slice(0, 8),
        expiresAt: new Date(START + 400 * DAY),
      })
    ).id;
    for (let s = 0; s < 3; s++) students.push((await make(`s${s}`, "student")).id);
    outsider = (await make("outsider", "student")).id;
    await db.insert(enrollments).values(students.map((studentId) => ({ classId, studentId })));
    await db.insert(enrollments).values({ classId: otherClassId, studentId: outsider });
    // A history per (student, question): answers on a fixed schedule, failed more often as gaps grow.
    const random = createUniformRandom(9);
    const rows: (typeof reviewLogs.$inferInsert)[] = [];
    for (const userId of students) {
      for (const [q, question] of bank.entries()) {
        for (const [n, day] of SCHEDULE.entries()) {
          const gap = n === 0 ? 0 : day - (SCHEDULE[n - 1] ?? 0);
          const rating = random() < Math.min(0.6, 0.04 * Math.sqrt(gap)) ? 1 : 3;
          rows.push({
            id: crypto.randomUUID(),
            userId,
            questionId: question.id,
            itemId: itemIdOf(question),
            rating,
            correct: rating > 1,
            mode: "quiz",
            reviewedAt: new Date(START + (day + (q % 5)) * DAY + q * 60_000),
            stateBefore: n === 0 ? 0 : 2,
            stabilityAfter: 1,
            difficultyAfter: 5,
            scheduledDays: 1,
          });
        }
      }
    }
    for (let i = 0; i < rows.length; i += 500) await db.insert(reviewLogs).values(rows.slice(i, i + 500));
  }, 60_000);

  it("reads training logs per class: its students' reviews only, keyed per student and question", async () => {
    const logs = await listTrainingLogs(ctx.db(), { scope: "class", classId });
    expect(logs.length).toBe(students.length * bank.length * SCHEDULE.length);
    expect(new Set(logs.map((l) => l.key.split(":")[0]))).toEqual(new Set(students));
    expect(await listTrainingLogs(ctx.db(), { scope: "class", classId: otherClassId })).toEqual([]);
  });

  it("fits a class, stores the fit with its figures, and the class's students use it only if adopted", async () => {
    const outcome = await fitTarget(ctx.db(), { scope: "class", classId });
    expect(outcome.status).not.toBe("skipped");
    expect(outcome.trainingItems).toBeGreaterThanOrEqual(400);
    const [row] = await ctx.db().select().from(fsrsParameterSets).where(eq(fsrsParameterSets.classId, classId));
    expect(row).toMatchObject({ scope: "class", userId: null, trainingItems: outcome.trainingItems, testItems: outcome.testItems });
    expect(row?.params).toHaveLength(21);
    expect(row?.rmseBefore).toBeGreaterThan(0);
    expect(row?.rmseAfter).toBeGreaterThan(0);
    expect(row?.logLossAfter).toBeGreaterThan(0);
    expect(row?.adopted).toBe((row?.rmseAfter ?? 1) < (row?.rmseBefore ?? 0));
    const resolved = await resolveSchedulerParameters(ctx.db(), { userId: students[0] ?? "" });
    expect(resolved.setId).toBe(row?.adopted ? row.id : null);
    // Another class's student never gets this class's set.
    expect((await resolveSchedulerParameters(ctx.db(), { userId: outsider })).setId).toBeNull();
  }, 60_000);

  it("skips a student with too few reviews, storing nothing", async () => {
    const outcome = await fitTarget(ctx.db(), { scope: "student", userId: outsider });
    expect(outcome.status).toBe("skipped");
    expect(await ctx.db().select().from(fsrsParameterSets).where(eq(fsrsParameterSets.userId, outsider))).toEqual([]);
  });

  it("uses the most specific adopted set: student over class over global, never another student's", async () => {
    const db = ctx.db();
    const figures = TEST_FIT_FIGURES;
    const global = await insertParameterSet(db, { scope: "global", params: [...SIMULATED_TRUE_WEIGHTS], adopted: true, ...figures });
    expect((await resolveSchedulerParameters(db, { userId: outsider })).setId).toBe(global.id);
    const klass = await insertParameterSet(db, {
      scope: "class",
      classId: otherClassId,
      params: [...SIMULATED_TRUE_WEIGHTS],
      adopted: true,
      ...figures,
    });
    const notAdopted = await insertParameterSet(db, {
      scope: "student",
      userId: outsider,
      params: [...SIMULATED_TRUE_WEIGHTS],
      adopted: false,
      ...figures,
    });
    expect((await resolveSchedulerParameters(db, { userId: outsider })).setId).toBe(klass.id);
    const mine = await insertParameterSet(db, {
      scope: "student",
      userId: outsider,
      params: [...SIMULATED_TRUE_WEIGHTS],
      adopted: true,
      ...figures,
    });
    expect(await resolveSchedulerParameters(db, { userId: outsider })).toEqual({
      weights: [...SIMULATED_TRUE_WEIGHTS],
      scope: "student",
      setId: mine.id,
    });
    expect((await resolveSchedulerParameters(db, { userId: outsider, ignoreStudentSets: true })).setId).toBe(klass.id);
    // The review post's single read schedules with the same set, whether or not a question is asked.
    for (const questionIds of [[], ["no-such-question"]]) {
      expect((await loadReviewContext(db, { studentId: outsider, questionIds, now: new Date() })).parameters).toEqual(
        await resolveSchedulerParameters(db, { userId: outsider }),
      );
    }
    expect(notAdopted.id).not.toBe(mine.id);
    // The class's students are not affected by another student's or another class's set.
    expect((await resolveSchedulerParameters(db, { userId: students[1] ?? "" })).setId).not.toBe(mine.id);
    expect((await resolveSchedulerParameters(db, { userId: students[1] ?? "" })).setId).not.toBe(klass.id);
  });

  it("schedules a review with the resolved weights", async () => {
    const db = ctx.db();
    const question = bank[0]?.id ?? "";
    const fresh = await createUser(db, { email: `w-${crypto.randomUUID()}@t.kizuna`, name: "W", role: "student", passwordHash: "x" });
    const review = {
      questionId: question,
      mode: "quiz" as const,
      rating: "good" as const,
      correct: true,
      answer: 0,
      responseMs: 4000,
      reviewedAt: new Date(START),
    };
    const parameters = await resolveSchedulerParameters(db, { userId: outsider });
    await recordReviews(db, {
      userId: outsider,
      reviews: [{ ...review, id: crypto.randomUUID() }],
      desiredRetention: 0.9,
      weights: parameters.weights,
    });
    await recordReviews(db, { userId: fresh.id, reviews: [{ ...review, id: crypto.randomUUID() }], desiredRetention: 0.9 });
    const stability = async (userId: string) =>
      (await db.select({ s: reviewLogs.stabilityAfter }).from(reviewLogs).where(eq(reviewLogs.userId, userId))).map((r) => r.s).at(-1);
    // Good on a new card: stability is w2 of the set used (2.3065 by default, 1.2 in the fitted set).
    expect(await stability(fresh.id)).toBeCloseTo(2.3065, 3);
    expect(await stability(outsider)).toBeCloseTo(SIMULATED_TRUE_WEIGHTS[2] ?? 0, 3);
  });
});
