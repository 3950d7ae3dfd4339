/**
 * The demo class (`npm run seed:demo`, and the dashboard benchmark): a realistic class for the
 * demo teacher so the assignment dashboard has something to show — about thirty students of
 * varied ability, two quiz sets, a past-due scored quiz and an open practice assignment, and a
 * few thousand reviews over the last four weeks recorded through the app's own write path.
 *
 * Deterministic: every random choice comes from pure-rand generators under a fixed seed, and
 * times are days before `now`'s UTC day, so a rerun on a fresh database the same day builds the
 * same class. Idempotent: if the class exists, nothing is written. All-or-nothing: one
 * transaction, so a failed run leaves no half-made class behind.
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { QUESTION_TYPES, type QuestionType } from "@/lib/domain";
import { itemIdOf } from "@/lib/questions/items";
import type { Question } from "@/lib/questions/types";
import { randomInt, rngFor, shuffle } from "@/lib/questions/random";
import { generateJoinCode, JOIN_CODE_LIFETIME_DAYS } from "@/lib/teaching/join-code";
import type { Db } from "../../client";
import { isUniqueViolation } from "../../errors";
import { assignments, classes, enrollments, questions, quizSetItems, quizSets, users } from "../../schema";
import { DEMO_PASSWORD, demoUsers } from "../demo-users";
import { wrongTextPool } from "./answers";
import type { ClassContext } from "./simulate";
import { simulateStudent } from "./students";

export const DEMO_CLASS_NAME = "Year 11 History — Demo";
export const DEMO_TEACHER_EMAIL = "teacher@demo.kizuna";
/** The demo student with a history in the class (the other demo students have joined but not started). */
export const DEMO_ACTIVE_STUDENT_EMAIL = "sophea@demo.kizuna";
/** Fixed: the same seed always builds the same class. */
export const DEMO_CLASS_SEED = 11_2026;
const DAY = 86_400_000;
const QUESTIONS_PER_SET = 12;

/** The generated students (emails student01…student30@demo.kizuna, password DEMO_PASSWORD). */
export const DEMO_STUDENT_NAMES = [
  "Sokha Chea",
  "Yuki Sato",
  "Visal Keo",
  "Mei Lin",
  "Arun Patel",
  "Haruto Ito",
  "Sreymom Ly",
  "Lan Nguyen",
  "Thida Win",
  "Kosal Chhim",
  "Aiko Yamada",
  "Ratana Pich",
  "Somchai Boonmee",
  "Lucas Martin",
  "Chenda Sim",
  "Ren Kobayashi",
  "Maly Heng",
  "Nadia Rahman",
  "Vichea Noun",
  "Sora Takahashi",
  "Bopha Sam",
  "Minh Tran",
  "Emily Clarke",
  "Piseth Ouk",
  "Hana Suzuki",
  "Rithy Mao",
  "Aung Min",
  "Sophie Laurent",
  "Kenta Watanabe",
  "Leakhena Prak",
];

export const demoStudentEmail = (i: number) => `student${String(i + 1).padStart(2, "0")}@demo.kizuna`;

/** Two sets, chosen by topic from the bank; the second never repeats a question of the first. */
const SETS = [
  { name: "Peacekeeping and the UN", tags: ["peacekeeping", "united-nations"] },
  { name: "Myanmar and ASEAN", tags: ["myanmar", "asean"] },
] as const;

export interface DemoClassReport {
  status: "created" | "present";
  teacherId: string;
  classId: string;
  className: string;
  joinCode: string;
  students: number;
  sets: { id: string; name: string; questions: number }[];
  assignments: { id: string; setName: string; dueAt: Date; isQuiz: boolean; quizAttempts: number }[];
  reviews: number;
}

export class DemoTeacherMissingError extends Error {
  constructor() {
    super(`The demo teacher ${DEMO_TEACHER_EMAIL} does not exist: run the start-up seed (npm run seed) with SEED_DEMO=true first.`);
    this.name = "DemoTeacherMissingError";
  }
}

/**
 * Create the demo class for the demo teacher if it is not there yet. Needs the question bank and
 * the demo accounts (db/seed `seedDatabase`) already loaded.
 */
export async function seedDemoClass(db: Db, options: { now: Date }): Promise<DemoClassReport> {
  const [teacher] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_TEACHER_EMAIL));
  if (!teacher) throw new DemoTeacherMissingError();
  const present = await findDemoClass(db, teacher.id);
  if (present) return { ...present, status: "present", teacherId: teacher.id, students: 0, sets: [], assignments: [], reviews: 0 };
  // bcrypt is slow on purpose: hash the shared demo password once for all thirty accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    return await db.transaction(async (tx) => build(tx, teacher.id, passwordHash, options.now));
  } catch (error) {
    // Another seeder made the class while we built ours (same name, and the same seeded join
    // code): ours rolled back as a whole.
    const winner = isUniqueViolation(error) ? await findDemoClass(db, teacher.id) : undefined;
    if (!winner) throw error;
    return { ...winner, status: "present", teacherId: teacher.id, students: 0, sets: [], assignments: [], reviews: 0 };
  }
}

async function findDemoClass(db: Db, teacherId: string) {
  const [row] = await db
    .select({ classId: classes.id, className: classes.name, joinCode: classes.joinCode })
    .from(classes)
    .where(and(eq(classes.teacherId, teacherId), sql`lower(${classes.name}) = lower(${DEMO_CLASS_NAME})`));
  return row;
}

async function build(db: Db, teacherId: string, passwordHash: string, now: Date): Promise<DemoClassReport> {
  const seed = DEMO_CLASS_SEED;
  const rng = rngFor(seed, "class");
  const at = (daysFromNow: number, hourUtc: number) => {
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return new Date(today + daysFromNow * DAY + hourUtc * 3_600_000);
  };

  // Students: the thirty generated ones (created if missing) and the three demo students.
  await db
    .insert(users)
    .values(DEMO_STUDENT_NAMES.map((name, i) => ({ email: demoStudentEmail(i), name, role: "student" as const, passwordHash })))
    .onConflictDoNothing({ target: users.email });
  const generatedEmails = DEMO_STUDENT_NAMES.map((_, i) => demoStudentEmail(i));
  const demoEmails = demoUsers.filter((u) => u.role === "student").map((u) => u.email);
  const found = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, [...generatedEmails, ...demoEmails]));
  const idOf = new Map(found.map((u) => [u.email, u.id]));
  const generated = generatedEmails.map((email) => idOf.get(email)).filter((id): id is string => id !== undefined);
  const roster = [...generated, ...demoEmails.map((email) => idOf.get(email)).filter((id): id is string => id !== undefined)];

  // The class, with a join code no other class has.
  let joinCode = "";
  do joinCode = generateJoinCode((max) => randomInt(rng, 0, max - 1));
  while ((await db.select({ id: classes.id }).from(classes).where(eq(classes.joinCode, joinCode))).length > 0);
  const [klass] = await db
    .insert(classes)
    .values({
      teacherId,
      name: DEMO_CLASS_NAME,
      joinCode,
      joinCodeExpiresAt: new Date(now.getTime() + JOIN_CODE_LIFETIME_DAYS * DAY),
      createdAt: at(-28, 8),
    })
    .returning({ id: classes.id });
  if (!klass) throw new Error("demo class insert returned nothing");
  await db.insert(enrollments).values(roster.map((studentId, i) => ({ classId: klass.id, studentId, joinedAt: at(-28 + (i % 3), 9) })));

  // Sets: 12 questions each, types interleaved, from the active bank by topic (filtered here:
  // the payloads are needed anyway to simulate answers).
  const bank = (
    await db.select({ payload: questions.payload }).from(questions).where(isNull(questions.retiredAt)).orderBy(asc(questions.position))
  ).map((r) => r.payload);
  const taken = new Set<string>();
  const sets: { id: string; name: string; questions: Question[] }[] = [];
  for (const spec of SETS) {
    const chosen = pickMixed(
      bank.filter((q) => !taken.has(q.id) && q.tags.some((t) => (spec.tags as readonly string[]).includes(t))),
      QUESTIONS_PER_SET,
      (items) => shuffle(items, rngFor(seed, `set|${spec.name}`)),
    );
    chosen.forEach((q) => taken.add(q.id));
    const [set] = await db
      .insert(quizSets)
      .values({ teacherId, name: spec.name, createdAt: at(-27, 8), updatedAt: at(-27, 8) })
      .returning({ id: quizSets.id });
    if (!set) throw new Error("quiz set insert returned nothing");
    if (chosen.length > 0)
      await db.insert(quizSetItems).values(chosen.map((q, position) => ({ setId: set.id, questionId: q.id, position })));
    sets.push({ id: set.id, name: spec.name, questions: chosen });
  }
  const [peace, myanmar] = sets;
  if (!peace || !myanmar) throw new Error("demo sets missing");

  // A scored quiz that closed five days ago, and practice due in a week.
  const [quiz] = await db
    .insert(assignments)
    .values({ classId: klass.id, setId: peace.id, dueAt: at(-5, 15), isQuiz: true, createdAt: at(-26, 8) })
    .returning({ id: assignments.id, dueAt: assignments.dueAt });
  const [practice] = await db
    .insert(assignments)
    .values({ classId: klass.id, setId: myanmar.id, dueAt: at(7, 15), isQuiz: false, createdAt: at(-10, 8) })
    .returning({ id: assignments.id, dueAt: assignments.dueAt });
  if (!quiz || !practice) throw new Error("assignment insert returned nothing");

  const ctx: ClassContext = { db, seed, now, pool: wrongTextPool(bank) };
  const work = {
    quiz: { id: quiz.id, questions: peace.questions },
    practice: { id: practice.id, questions: myanmar.questions },
    free: bank.filter((q) => !taken.has(q.id)),
  };
  let reviews = 0;
  let attempts = 0;
  for (const [i, userId] of generated.entries()) {
    const result = await simulateStudent(ctx, i, generated.length, userId, work);
    reviews += result.reviews;
    attempts += result.attempt ? 1 : 0;
  }
  // The demo student a newcomer signs in as studies like a typical member of the class (the
  // second position: middling ability, takes the quiz on time, works on the practice), so her
  // home page, progress and quiz results have something to show. Simulated last and on streams
  // of her own, so every other student's history is the same as without her.
  const active = idOf.get(DEMO_ACTIVE_STUDENT_EMAIL);
  if (active) {
    const result = await simulateStudent(ctx, 1, generated.length, active, work, `demo|${DEMO_ACTIVE_STUDENT_EMAIL}`);
    reviews += result.reviews;
    attempts += result.attempt ? 1 : 0;
  }

  return {
    status: "created",
    teacherId,
    classId: klass.id,
    className: DEMO_CLASS_NAME,
    joinCode,
    students: roster.length,
    sets: sets.map((s) => ({ id: s.id, name: s.name, questions: s.questions.length })),
    assignments: [
      { id: quiz.id, setName: peace.name, dueAt: quiz.dueAt, isQuiz: true, quizAttempts: attempts },
      { id: practice.id, setName: myanmar.name, dueAt: practice.dueAt, isQuiz: false, quizAttempts: 0 },
    ],
    reviews,
  };
}

/**
 * Up to `count` questions, taking one of each type in turn so every set mixes all six, and one
 * question per fact (two faces of one fact would give each other away and share one memory).
 */
function pickMixed(pool: Question[], count: number, order: (items: Question[]) => Question[]): Question[] {
  const byType = new Map<QuestionType, Question[]>(QUESTION_TYPES.map((t) => [t, order(pool.filter((q) => q.type === t))]));
  const out: Question[] = [];
  const facts = new Set<string>();
  while (out.length < count && [...byType.values()].some((list) => list.length > 0)) {
    for (const type of QUESTION_TYPES) {
      const list = byType.get(type) ?? [];
      let next = list.shift();
      while (next && facts.has(itemIdOf(next))) next = list.shift();
      if (next && out.length < count) {
        out.push(next);
        facts.add(itemIdOf(next));
      }
    }
  }
  return out;
}
