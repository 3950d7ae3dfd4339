/**
 * The teacher dashboard's queries on a tiny world whose every number is known: one teacher, a
 * class of six, a three-question set (multiple choice, typed, matching) assigned as a quiz, and
 * review logs and card states inserted row by row with chosen values.
 */
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { computeDecayFactor, FSRS6_DEFAULT_DECAY } from "ts-fsrs";
import {
  listAssignmentItems,
  getAssignmentOverview,
  listAssignmentStudents,
  listClassRecallByTopic,
  countCompletionPerDay,
  type StudentRow,
} from "@/db/queries/dashboard";
import { listStudentAssignments } from "@/db/queries/assignments";
import { assignments, classes, enrollments, itemStates, quizAttempts, quizSetItems, quizSets, reviewLogs, users } from "@/db/schema";
import { itemIdOf } from "@/lib/questions/items";
import { syncQuestionBank } from "@/db/seed/question-bank";
import type { ReviewMode, UserRole } from "@/lib/domain";
import { summarizeStudents } from "@/lib/teaching/dashboard-definitions";
import {
  generateQuestionBank,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  type OrderingQuestion,
  type Question,
  type TypedQuestion,
} from "@/lib/questions";
import { fixture } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

const bank = generateQuestionBank(fixture);
const NOW = new Date("2026-03-10T12:00:00Z");
const DUE = new Date("2026-03-09T00:00:00Z");
const at = (iso: string) => new Date(iso);

/** The first question of a type about a history event and of a knowledge item not yet taken (memory is per item). */
function pick<T extends Question>(type: T["type"], ...taken: Question[]): T {
  const q = bank.find((x) => x.type === type && x.tags.includes("history") && !taken.some((t) => itemIdOf(t) === itemIdOf(x)));
  if (!q) throw new Error(`fixture bank has no ${type}`);
  return q as T;
}
const q1 = pick<MultipleChoiceQuestion>("multiple_choice");
const q2 = pick<TypedQuestion>("typed", q1);
const q3 = bank.find((x) => x.type === "matching") as MatchingQuestion;
/** Practised outside the assignment (not in the set); in the overlapping set. */
const q4 = pick("true_false", q1, q2);
/** Only in the overlapping set: answered wrong twice, for the most-misplaced event. */
const q5 = pick<OrderingQuestion>("ordering", q1, q2, q4);

// Ids chosen so that id order differs from name order: Eve (…02) ranks before Ann (…03) on a tie.
const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const S = { ben: uid(1), eve: uid(2), ann: uid(3), cho: uid(4), dev: uid(5), fay: uid(6), gus: uid(7) };
const TEACHER = uid(100);
const OTHER_TEACHER = uid(101);
const CLASS = uid(200);
const EMPTY_CLASS = uid(201);
const SET = uid(300);
const ASSIGNMENT = uid(400);
const EMPTY_ASSIGNMENT = uid(401);
/** A practice assignment in the same class whose set (q1, q4, q5) overlaps the quiz's (q1, q2, q3). */
const OVERLAP_SET = uid(301);
const OVERLAP_ASSIGNMENT = uid(402);
const CREATED = new Date("2026-03-01T00:00:00Z");
// Two wrong orders of q5: reversed, and the first two swapped.
const order5 = q5.correctOrder;
const reversed5 = [...order5].reverse();
const swapped5 = [order5[1], order5[0], ...order5.slice(2)] as string[];

// The two wrong choices of q1, and a wrong pairing of q3 (first two right-hand items swapped).
const wrongChoices = q1.choices.map((_, i) => i).filter((i) => i !== q1.answerIndex);
const wrongA = wrongChoices[0] ?? -1;
const wrongB = wrongChoices[1] ?? -1;
const [p0, p1, p2] = q3.pairs;
if (!p0 || !p1 || !p2) throw new Error("matching question needs three pairs");
const wrongPairs = [
  { left: p0.left, right: p1.right },
  { left: p1.left, right: p0.right },
  { left: p2.left, right: p2.right },
];

interface Log {
  user: string;
  q: Question;
  correct: boolean;
  answer: unknown;
  ms: number;
  at: string;
  assignment?: string | null;
  mode?: ReviewMode;
}

// Review logs. Students, by accuracy on the assignment: Ann 3/3, Eve 1/1, Ben 3/5, Cho 1/3, Dev 0/2.
const LOGS: Log[] = [
  { user: S.ann, q: q1, correct: true, answer: q1.answerIndex, ms: 4000, at: "2026-03-04T10:00:00Z" },
  { user: S.ann, q: q2, correct: true, answer: "1991", ms: 8000, at: "2026-03-05T10:00:00Z" },
  { user: S.ann, q: q3, correct: true, answer: q3.pairs, ms: 30000, at: "2026-03-06T23:59:59Z" },
  { user: S.ann, q: q4, correct: true, answer: true, ms: 3000, at: "2026-03-10T08:00:00Z", assignment: null },
  { user: S.ben, q: q1, correct: false, answer: wrongA, ms: 9000, at: "2026-03-05T08:00:00Z" },
  { user: S.ben, q: q1, correct: true, answer: q1.answerIndex, ms: 5000, at: "2026-03-05T08:05:00Z" },
  { user: S.ben, q: q2, correct: true, answer: "1991", ms: 6000, at: "2026-03-07T00:00:00Z" },
  { user: S.ben, q: q3, correct: true, answer: q3.pairs, ms: 40000, at: "2026-03-06T20:00:00Z" },
  // Same wrong pairing as Cho's below, sent in another order: one answer, counted twice.
  { user: S.ben, q: q3, correct: false, answer: [...wrongPairs].reverse(), ms: 25000, at: "2026-03-08T09:00:00Z" },
  { user: S.cho, q: q1, correct: true, answer: q1.answerIndex, ms: 3000, at: "2026-03-02T10:00:00Z" },
  { user: S.cho, q: q2, correct: false, answer: " 1990 ", ms: 10000, at: "2026-03-08T10:00:00Z" },
  { user: S.cho, q: q3, correct: false, answer: wrongPairs, ms: 50000, at: "2026-03-09T10:00:00Z" },
  { user: S.dev, q: q1, correct: false, answer: wrongB, ms: 12000, at: "2026-03-09T10:00:00Z" },
  { user: S.dev, q: q2, correct: false, answer: "1990", ms: 20000, at: "2026-03-09T11:00:00Z" },
  { user: S.eve, q: q1, correct: true, answer: q1.answerIndex, ms: 2000, at: "2026-03-10T09:00:00Z" },
  { user: S.fay, q: q4, correct: false, answer: false, ms: 7000, at: "2026-03-10T11:00:00Z", assignment: null },
  // Gus left the class: his review of the assignment must not count anywhere.
  { user: S.gus, q: q1, correct: false, answer: wrongB, ms: 1000, at: "2026-03-06T10:00:00Z" },
  // A flashcard self-grade counts toward completion, never toward facility, accuracy or time.
  { user: S.fay, q: q1, correct: true, answer: null, ms: 1500, at: "2026-03-10T10:30:00Z", assignment: null, mode: "flashcard" },
  // Before the assignment was made: counts toward nothing.
  { user: S.eve, q: q2, correct: false, answer: "1990", ms: 1000, at: "2026-02-20T10:00:00Z", assignment: null },
  // Only in the overlapping set.
  { user: S.ann, q: q5, correct: false, answer: reversed5, ms: 9000, at: "2026-03-03T10:00:00Z", assignment: OVERLAP_ASSIGNMENT },
  { user: S.ben, q: q5, correct: false, answer: swapped5, ms: 9000, at: "2026-03-03T11:00:00Z", assignment: OVERLAP_ASSIGNMENT },
];

interface Card {
  user: string;
  q: Question;
  stability: number;
  lastReview: string | null;
  reps: number;
}

const CARDS: Card[] = [
  { user: S.ann, q: q1, stability: 10, lastReview: "2026-03-04T10:00:00Z", reps: 1 },
  { user: S.ann, q: q2, stability: 5, lastReview: "2026-03-05T10:00:00Z", reps: 1 },
  { user: S.ann, q: q3, stability: 2, lastReview: "2026-03-06T23:59:59Z", reps: 1 },
  { user: S.ann, q: q4, stability: 3, lastReview: "2026-03-10T08:00:00Z", reps: 1 },
  { user: S.ben, q: q1, stability: 20, lastReview: "2026-03-05T08:05:00Z", reps: 2 },
  { user: S.ben, q: q2, stability: 15, lastReview: "2026-03-07T00:00:00Z", reps: 1 },
  { user: S.ben, q: q3, stability: 0.2, lastReview: "2026-03-08T09:00:00Z", reps: 2 },
  { user: S.cho, q: q1, stability: 6, lastReview: "2026-03-02T10:00:00Z", reps: 1 },
  { user: S.cho, q: q2, stability: 0.5, lastReview: "2026-03-08T10:00:00Z", reps: 1 },
  { user: S.cho, q: q3, stability: 0.4, lastReview: "2026-03-09T10:00:00Z", reps: 1 },
  { user: S.dev, q: q1, stability: 0.5, lastReview: "2026-03-09T10:00:00Z", reps: 1 },
  { user: S.dev, q: q2, stability: 0.3, lastReview: "2026-03-09T11:00:00Z", reps: 1 },
  { user: S.eve, q: q1, stability: 3, lastReview: "2026-03-10T09:00:00Z", reps: 1 },
  // Seen but never reviewed: counts as 0 for the set and is no card for the class.
  { user: S.eve, q: q2, stability: 0, lastReview: null, reps: 0 },
  { user: S.fay, q: q4, stability: 1, lastReview: "2026-03-10T11:00:00Z", reps: 1 },
  { user: S.gus, q: q1, stability: 1, lastReview: "2026-03-06T10:00:00Z", reps: 1 },
];

/** FSRS-6 recall at NOW, written out independently of the SQL. */
function recall(card: Card): number {
  if (card.reps === 0 || card.lastReview === null) return 0;
  const days = (NOW.getTime() - at(card.lastReview).getTime()) / 86_400_000;
  const factor = computeDecayFactor(FSRS6_DEFAULT_DECAY).factor;
  return (1 + (factor * days) / card.stability) ** -FSRS6_DEFAULT_DECAY;
}
const setRecall = (user: string) =>
  [q1, q2, q3].map((q) => CARDS.find((c) => c.user === user && c.q.id === q.id)).reduce((sum, c) => sum + (c ? recall(c) : 0), 0) / 3;

describeEachEngine("teacher dashboard queries", (ctx) => {
  beforeAll(async () => {
    const db = ctx.db();
    await syncQuestionBank(db, fixture, bank);
    const person = (id: string, name: string, role: UserRole) => ({
      id,
      name,
      role,
      email: `${name.toLowerCase().replace(/\W/g, "")}@t.kizuna`,
      passwordHash: "x",
    });
    await db
      .insert(users)
      .values([
        person(TEACHER, "Teacher", "teacher"),
        person(OTHER_TEACHER, "Other", "teacher"),
        person(S.ann, "Ann", "student"),
        person(S.ben, "Ben", "student"),
        person(S.cho, "Cho", "student"),
        person(S.dev, "Dev", "student"),
        person(S.eve, "Eve", "student"),
        person(S.fay, "Fay", "student"),
        person(S.gus, "Gus", "student"),
      ]);
    const expires = new Date("2026-06-01T00:00:00Z");
    await db.insert(classes).values([
      { id: CLASS, teacherId: TEACHER, name: "History 11", joinCode: "ABCDEF", joinCodeExpiresAt: expires },
      { id: EMPTY_CLASS, teacherId: TEACHER, name: "Nobody yet", joinCode: "GHJKMN", joinCodeExpiresAt: expires },
    ]);
    await db.insert(enrollments).values([S.ann, S.ben, S.cho, S.dev, S.eve, S.fay].map((studentId) => ({ classId: CLASS, studentId })));
    await db.insert(quizSets).values([
      { id: SET, teacherId: TEACHER, name: "Paris 1991" },
      { id: OVERLAP_SET, teacherId: TEACHER, name: "Overlap" },
    ]);
    await db
      .insert(quizSetItems)
      .values([
        ...[q1, q2, q3].map((q, position) => ({ setId: SET, questionId: q.id, position })),
        ...[q1, q4, q5].map((q, position) => ({ setId: OVERLAP_SET, questionId: q.id, position })),
      ]);
    await db.insert(assignments).values([
      { id: ASSIGNMENT, classId: CLASS, setId: SET, dueAt: DUE, isQuiz: true, createdAt: CREATED },
      { id: EMPTY_ASSIGNMENT, classId: EMPTY_CLASS, setId: SET, dueAt: DUE, isQuiz: false, createdAt: CREATED },
      {
        id: OVERLAP_ASSIGNMENT,
        classId: CLASS,
        setId: OVERLAP_SET,
        dueAt: new Date("2026-03-20T00:00:00Z"),
        isQuiz: false,
        createdAt: CREATED,
      },
    ]);
    await db.insert(quizAttempts).values([
      {
        assignmentId: ASSIGNMENT,
        studentId: S.ann,
        startedAt: at("2026-03-04T09:59:00Z"),
        submittedAt: at("2026-03-06T23:59:59Z"),
        correct: 3,
        total: 3,
      },
      // A retake (every attempt kept): latest 2/3, best still 3/3.
      {
        assignmentId: ASSIGNMENT,
        studentId: S.ann,
        attemptNo: 2,
        startedAt: at("2026-03-07T09:00:00Z"),
        submittedAt: at("2026-03-07T09:10:00Z"),
        correct: 2,
        total: 3,
      },
      {
        assignmentId: ASSIGNMENT,
        studentId: S.ben,
        startedAt: at("2026-03-05T07:59:00Z"),
        submittedAt: at("2026-03-07T09:00:00Z"),
        correct: 2,
        total: 3,
      },
      // Started, never submitted: no score.
      { assignmentId: ASSIGNMENT, studentId: S.cho, startedAt: at("2026-03-02T09:59:00Z") },
    ]);
    await db.insert(reviewLogs).values(
      LOGS.map((l) => ({
        id: crypto.randomUUID(),
        userId: l.user,
        questionId: l.q.id,
        itemId: itemIdOf(l.q),
        rating: l.correct ? 3 : 1,
        correct: l.correct,
        mode: l.mode ?? ("quiz" as const),
        answer: l.answer,
        responseMs: l.ms,
        reviewedAt: at(l.at),
        assignmentId: l.assignment === undefined ? ASSIGNMENT : l.assignment,
        stateBefore: 0,
        dueBefore: null,
        stabilityAfter: 1,
        difficultyAfter: 5,
        scheduledDays: 1,
      })),
    );
    await db.insert(itemStates).values(
      CARDS.map((c) => ({
        userId: c.user,
        itemId: itemIdOf(c.q),
        due: NOW,
        stability: c.stability,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: c.reps,
        lapses: 0,
        state: c.reps === 0 ? 0 : 2,
        lastReview: c.lastReview === null ? null : at(c.lastReview),
        introducedAt: at("2026-03-01T00:00:00Z"),
      })),
    );
  });

  const mine = { teacherId: TEACHER, assignmentId: ASSIGNMENT };

  it("describes the assignment", async () => {
    expect(await getAssignmentOverview(ctx.db(), mine)).toEqual({
      id: ASSIGNMENT,
      className: "History 11",
      classId: CLASS,
      setName: "Paris 1991",
      setId: SET,
      dueAt: DUE,
      isQuiz: true,
      questionCount: 3,
      studentCount: 6,
      quiz: { shuffle: false, feedback: "each", timeLimitMinutes: null, maxAttempts: 1 },
    });
  });

  describe("students", () => {
    let rows: StudentRow[] = [];
    beforeAll(async () => {
      rows = (await listAssignmentStudents(ctx.db(), { ...mine, now: NOW })) ?? [];
    });
    const row = (id: string) => {
      const r = rows.find((x) => x.studentId === id);
      if (!r) throw new Error(`no row for ${id}`);
      return r;
    };

    it("lists every enrolled student by name, the inactive too, and nobody else", () => {
      expect(rows.map((r) => r.name)).toEqual(["Ann", "Ben", "Cho", "Dev", "Eve", "Fay"]);
      expect(row(S.ann).email).toBe("ann@t.kizuna");
    });

    it("counts reviews, answered questions, completion and accuracy on the assignment only", () => {
      const pick = (r: StudentRow) => [r.reviews, r.answeredQuestions, r.completion, r.accuracy];
      expect(pick(row(S.ann))).toEqual([3, 3, 1, 1]);
      expect(pick(row(S.ben))).toEqual([5, 3, 1, 3 / 5]);
      expect(pick(row(S.cho))).toEqual([3, 3, 1, 1 / 3]);
      expect(pick(row(S.dev))).toEqual([2, 2, 2 / 3, 0]);
      expect(pick(row(S.eve))).toEqual([1, 1, 1 / 3, 1]);
      // Fay's only review of the set is a flashcard: it completes a question, and has no accuracy.
      expect(pick(row(S.fay))).toEqual([1, 1, 1 / 3, null]);
    });

    it("takes the last activity from every review, free practice included", () => {
      expect(rows.map((r) => r.lastActiveAt?.toISOString() ?? null)).toEqual([
        "2026-03-10T08:00:00.000Z", // Ann: free practice after her assignment work
        "2026-03-08T09:00:00.000Z",
        "2026-03-09T10:00:00.000Z",
        "2026-03-09T11:00:00.000Z",
        "2026-03-10T09:00:00.000Z",
        "2026-03-10T11:00:00.000Z", // Fay: free practice only
      ]);
    });

    it("predicts recall over the set's questions, unreviewed ones counting 0", () => {
      for (const id of [S.ann, S.ben, S.cho, S.dev, S.eve]) expect(row(id).predictedRecall).toBeCloseTo(setRecall(id), 12);
      expect(row(S.fay).predictedRecall).toBe(0);
      // Sanity of the hand-made world: who sits on which side of the 0.7 line.
      expect([S.ann, S.ben, S.cho, S.dev, S.eve].map((id) => setRecall(id) < 0.7)).toEqual([false, false, false, true, true]);
    });

    it("shows submitted quiz scores only: the latest attempt, and the best", () => {
      expect(rows.map((r) => r.quizScore)).toEqual([{ correct: 2, total: 3 }, { correct: 2, total: 3 }, null, null, null, null]);
      expect(rows.map((r) => r.quizBest)).toEqual([{ correct: 3, total: 3 }, { correct: 2, total: 3 }, null, null, null, null]);
    });

    it("counts the header figures from the same rows", () => {
      // Started: all six (Fay by a flashcard); completed: Ann, Ben, Cho; need attention: Dev, Eve, Fay.
      expect(summarizeStudents(rows)).toEqual({ started: 6, completed: 3, needAttention: 3 });
    });

    it("flags not started, behind (past due, incomplete) and at risk (started, recall < 0.7)", () => {
      expect(rows.map((r) => r.flags)).toEqual([
        { notStarted: false, behind: false, atRisk: false },
        { notStarted: false, behind: false, atRisk: false },
        { notStarted: false, behind: false, atRisk: false },
        { notStarted: false, behind: true, atRisk: true },
        { notStarted: false, behind: true, atRisk: true },
        { notStarted: false, behind: true, atRisk: true },
      ]);
    });

    it("is not behind before the due date", async () => {
      const early = await listAssignmentStudents(ctx.db(), { ...mine, now: new Date("2026-03-08T23:59:59Z") });
      expect(early?.map((r) => r.flags.behind)).toEqual([false, false, false, false, false, false]);
    });
  });

  it("analyses each item in set order", async () => {
    const items = await listAssignmentItems(ctx.db(), mine);
    // The most-confused pair: Ben and Cho both paired the first two items the wrong way round; of
    // the two wrong pairs (2 students each) the one whose text sorts first.
    const pairText = (p: { left: string; right: string }) =>
      `${q3.left.find((l) => l.id === p.left)?.label}: ${q3.right.find((r) => r.id === p.right)?.label}`;
    const confused = [pairText(wrongPairs[0] ?? p0), pairText(wrongPairs[1] ?? p1)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0];
    const [choiceA, choiceB] = [q1.choices[wrongA] ?? "", q1.choices[wrongB] ?? ""];
    expect(items).toEqual([
      {
        questionId: q1.id,
        position: 0,
        type: "multiple_choice",
        prompt: q1.prompt,
        studentsAnswered: 5,
        // First answers: Ann ✓, Ben ✗, Cho ✓, Dev ✗, Eve ✓.
        facility: 3 / 5,
        // Ranked: Eve 1 (id …02 wins the tie with Ann), Ann 1, Ben .6, Cho .33, Dev 0; n = 5 →
        // thirds of 1: top Eve (✓), bottom Dev (✗).
        discrimination: 1,
        // Ben and Dev chose one wrong choice each (Gus, no longer enrolled, is not counted):
        // the tie goes to the text that sorts first.
        mostChosenWrong: { answer: choiceA < choiceB ? choiceA : choiceB, count: 1 },
        // First quiz answers only (Ben's second, 5000, is not one): 2000 3000 | 4000 | 9000 12000
        medianResponseMs: 4000,
      },
      {
        questionId: q2.id,
        position: 1,
        type: "typed",
        prompt: q2.prompt,
        studentsAnswered: 4,
        facility: 2 / 4,
        // Eve, the top third, never answered it.
        discrimination: null,
        mostChosenWrong: { answer: "1990", count: 2 },
        medianResponseMs: 9000,
      },
      {
        questionId: q3.id,
        position: 2,
        type: "matching",
        prompt: q3.prompt,
        studentsAnswered: 3,
        // First answers: Ann ✓, Ben ✓ (his later ✗ is not a first), Cho ✗.
        facility: 2 / 3,
        discrimination: null,
        mostChosenWrong: { answer: confused, count: 2 },
        // First quiz answers: Ann 30000, Ben 40000 (his later 25000 is not a first), Cho 50000.
        medianResponseMs: 40000,
      },
    ]);
    expect(choiceA).not.toBe(choiceB);
  });

  it("counts one review toward every assignment whose set holds its question (overlapping sets)", async () => {
    const rows = (await listAssignmentStudents(ctx.db(), { teacherId: TEACHER, assignmentId: OVERLAP_ASSIGNMENT, now: NOW })) ?? [];
    const of = (id: string) => rows.find((r) => r.studentId === id);
    const pick = (r?: StudentRow) => [r?.reviews, r?.answeredQuestions, r?.completion, r?.accuracy];
    // Ann: q1 (also the quiz's), q4 (free practice), q5 → all three; 2 of 3 quiz answers right.
    expect(pick(of(S.ann))).toEqual([3, 3, 1, 2 / 3]);
    // Ben: q1 twice (✗ ✓), q5 ✗.
    expect(pick(of(S.ben))).toEqual([3, 2, 2 / 3, 1 / 3]);
    // Fay: q4 ✗ and a flashcard of q1.
    expect(pick(of(S.fay))).toEqual([2, 2, 2 / 3, 0]);
    // The student's own list counts the same way for both assignments.
    const ann = await listStudentAssignments(ctx.db(), S.ann);
    expect(ann.map((a) => [a.id, a.answered]).sort()).toEqual(
      [
        [ASSIGNMENT, 3],
        [OVERLAP_ASSIGNMENT, 3],
      ].sort(),
    );
  });

  it("names the most-misplaced event of an ordering question", async () => {
    const items = (await listAssignmentItems(ctx.db(), { teacherId: TEACHER, assignmentId: OVERLAP_ASSIGNMENT })) ?? [];
    const ordering = items.find((i) => i.questionId === q5.id);
    const misplaced = new Map<string, number>();
    for (const order of [reversed5, swapped5]) {
      order.forEach((id, i) => {
        if (order5[i] !== id) misplaced.set(id, (misplaced.get(id) ?? 0) + 1);
      });
    }
    const most = Math.max(...misplaced.values());
    const label = (id: string) => q5.items.find((i) => i.id === id)?.label ?? id;
    const expected = [...misplaced]
      .filter(([, n]) => n === most)
      .map(([id]) => label(id))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0];
    expect(ordering?.mostChosenWrong).toEqual({ answer: expected, count: most });
    expect(ordering?.facility).toBe(0);
  });

  it("charts started and completed students per day (UTC when the teacher's offset is not known)", async () => {
    expect(await countCompletionPerDay(ctx.db(), { ...mine, now: NOW, days: 7 })).toEqual([
      { day: "2026-03-04", started: 2, completed: 0 }, // Cho started on 03-02, Ann today
      { day: "2026-03-05", started: 3, completed: 0 },
      { day: "2026-03-06", started: 3, completed: 1 }, // Ann's last question at 23:59:59
      { day: "2026-03-07", started: 3, completed: 2 }, // Ben's q2 at 00:00:00 belongs here
      { day: "2026-03-08", started: 3, completed: 2 },
      { day: "2026-03-09", started: 4, completed: 3 },
      { day: "2026-03-10", started: 6, completed: 3 }, // Fay's flashcard starts her
    ]);
    await expect(countCompletionPerDay(ctx.db(), { ...mine, now: NOW, days: 0 })).rejects.toThrow(RangeError);
  });

  it("charts the teacher's own days: an answer near midnight UTC falls on their calendar's day", async () => {
    const chart = (utcOffsetMinutes: number) => countCompletionPerDay(ctx.db(), { ...mine, now: NOW, days: 7, utcOffsetMinutes });
    const completed = async (offset: number) => Object.fromEntries((await chart(offset))!.map((d) => [d.day, d.completed]));
    // One hour east, Ann's last question (23:59:59 UTC on 03-06) was answered on 03-07.
    expect(await completed(60)).toMatchObject({ "2026-03-06": 0, "2026-03-07": 2 });
    // One hour west, Ben's (00:00:00 UTC on 03-07) was answered on 03-06.
    expect(await completed(-60)).toMatchObject({ "2026-03-06": 2, "2026-03-07": 2 });
    // Noon UTC is already the next day thirteen hours east, so the chart ends a day later.
    expect((await chart(13 * 60))?.map((d) => d.day)).toEqual([
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
      "2026-03-11",
    ]);
    await expect(chart(15 * 60)).rejects.toThrow(RangeError);
  });

  it("averages the class's recall per topic over enrolled students' reviewed cards", async () => {
    const enrolled = new Set([S.ann, S.ben, S.cho, S.dev, S.eve, S.fay]);
    const byTopic = new Map<string, number[]>();
    for (const card of CARDS.filter((c) => enrolled.has(c.user) && c.reps > 0)) {
      for (const tag of card.q.tags) byTopic.set(tag, [...(byTopic.get(tag) ?? []), recall(card)]);
    }
    const expected = [...byTopic]
      .map(([topic, rs]) => ({ topic, cards: rs.length, recall: rs.reduce((a, b) => a + b, 0) / rs.length }))
      .sort((a, b) => a.recall - b.recall || (a.topic < b.topic ? -1 : 1));
    const actual = await listClassRecallByTopic(ctx.db(), { teacherId: TEACHER, classId: CLASS, now: NOW });
    expect(actual?.map((t) => [t.topic, t.cards])).toEqual(expected.map((t) => [t.topic, t.cards]));
    actual?.forEach((t, i) => expect(t.recall).toBeCloseTo(expected[i]?.recall ?? NaN, 12));
    // history: q1 (Ann, Ben, Cho, Dev, Eve), q2 (Ann, Ben, Cho, Dev), q4 (Ann, Fay).
    expect(actual?.find((t) => t.topic === "history")?.cards).toBe(11);
    // At a later date (the due date, when it is ahead), the same items read lower: nothing is reviewed in between.
    const later = new Date(NOW.getTime() + 7 * 86_400_000);
    const ahead = await listClassRecallByTopic(ctx.db(), { teacherId: TEACHER, classId: CLASS, now: NOW, at: later });
    for (const topic of ahead ?? []) {
      const cards = CARDS.filter((c) => enrolled.has(c.user) && c.reps > 0 && c.q.tags.includes(topic.topic));
      const atLater = cards.map((c) => {
        const days = (later.getTime() - at(c.lastReview ?? "").getTime()) / 86_400_000;
        return (1 + (computeDecayFactor(FSRS6_DEFAULT_DECAY).factor * days) / c.stability) ** -FSRS6_DEFAULT_DECAY;
      });
      expect(topic.recallAt, topic.topic).toBeCloseTo(atLater.reduce((a, b) => a + b, 0) / atLater.length, 12);
      expect(topic.recallAt).toBeLessThan(topic.recall);
    }
  });

  it("gives empty panels, not null, for an assignment of the teacher's with nobody enrolled", async () => {
    const empty = { teacherId: TEACHER, assignmentId: EMPTY_ASSIGNMENT };
    expect(await listAssignmentStudents(ctx.db(), { ...empty, now: NOW })).toEqual([]);
    const items = await listAssignmentItems(ctx.db(), empty);
    expect(items?.map((i) => [i.studentsAnswered, i.facility, i.discrimination, i.mostChosenWrong, i.medianResponseMs])).toEqual([
      [0, null, null, null, null],
      [0, null, null, null, null],
      [0, null, null, null, null],
    ]);
    expect(await countCompletionPerDay(ctx.db(), { ...empty, now: NOW, days: 2 })).toEqual([
      { day: "2026-03-09", started: 0, completed: 0 },
      { day: "2026-03-10", started: 0, completed: 0 },
    ]);
    expect(await listClassRecallByTopic(ctx.db(), { teacherId: TEACHER, classId: EMPTY_CLASS, now: NOW })).toEqual([]);
  });

  it("answers null to another teacher, and to ids that are not ids", async () => {
    const theirs = { teacherId: OTHER_TEACHER, assignmentId: ASSIGNMENT };
    expect(await getAssignmentOverview(ctx.db(), theirs)).toBeNull();
    expect(await listAssignmentStudents(ctx.db(), { ...theirs, now: NOW })).toBeNull();
    expect(await listAssignmentItems(ctx.db(), theirs)).toBeNull();
    expect(await countCompletionPerDay(ctx.db(), { ...theirs, now: NOW, days: 7 })).toBeNull();
    expect(await listClassRecallByTopic(ctx.db(), { teacherId: OTHER_TEACHER, classId: CLASS, now: NOW })).toBeNull();

    const bogus = { teacherId: TEACHER, assignmentId: "not-a-uuid" };
    expect(await getAssignmentOverview(ctx.db(), bogus)).toBeNull();
    expect(await listAssignmentStudents(ctx.db(), { ...bogus, now: NOW })).toBeNull();
    expect(await listAssignmentItems(ctx.db(), { teacherId: TEACHER, assignmentId: uid(999) })).toBeNull();
    expect(await listClassRecallByTopic(ctx.db(), { teacherId: TEACHER, classId: "1; drop table users", now: NOW })).toBeNull();
  });
});
