/**
 * Teaching: classes (joined by code), quiz sets built from the bank, and assignments of a set to
 * a class with a due date. Every row is owned by a teacher (classes, sets) or reached through
 * one (enrollments, items, assignments), and queries always filter by that owner.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { QUIZ_FEEDBACK_MODES } from "@/lib/domain";
import { questions } from "./content";
import { users } from "./users";

export const classes = pgTable(
  "classes",
  {
    id: uuid().primaryKey().defaultRandom(),
    teacherId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Short, unambiguous (no 0/O, 1/l/I), unique across all classes. */
    joinCode: text().notNull(),
    joinCodeExpiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("classes_join_code_key").on(t.joinCode),
    // One teacher cannot have two classes with the same name (case-insensitive).
    uniqueIndex("classes_teacher_name_key").on(t.teacherId, sql`lower(${t.name})`),
  ],
);

export const enrollments = pgTable(
  "enrollments",
  {
    classId: uuid()
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    studentId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.studentId] }), index("enrollments_student_idx").on(t.studentId)],
);

export const quizSets = pgTable(
  "quiz_sets",
  {
    id: uuid().primaryKey().defaultRandom(),
    teacherId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("quiz_sets_teacher_idx").on(t.teacherId, t.updatedAt)],
);

export const quizSetItems = pgTable(
  "quiz_set_items",
  {
    setId: uuid()
      .notNull()
      .references(() => quizSets.id, { onDelete: "cascade" }),
    questionId: text()
      .notNull()
      .references(() => questions.id),
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.setId, t.questionId] }),
    index("quiz_set_items_order_idx").on(t.setId, t.position),
    // Which sets hold a reviewed question: the dashboard aggregates' trigger on review_logs.
    index("quiz_set_items_question_idx").on(t.questionId),
  ],
);

export const assignments = pgTable(
  "assignments",
  {
    id: uuid().primaryKey().defaultRandom(),
    classId: uuid()
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    setId: uuid()
      .notNull()
      .references(() => quizSets.id, { onDelete: "restrict" }),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    /** A scored attempt, taken once, before the questions join spaced repetition. */
    isQuiz: boolean().notNull().default(false),
    /** Scored quiz: each attempt gets its own order of questions and of choices. */
    shuffle: boolean().notNull().default(false),
    /** Scored quiz: right/wrong after each question, or only after submitting. */
    feedback: text({ enum: QUIZ_FEEDBACK_MODES }).notNull().default("each"),
    /** Scored quiz: minutes from the start of an attempt (plus the student's extension); null = no limit. */
    timeLimitMinutes: integer(),
    /** Scored quiz: attempts each student may take (every one is kept). */
    maxAttempts: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assignments_class_idx").on(t.classId, t.dueAt),
    index("assignments_set_idx").on(t.setId),
    check("assignments_time_limit_valid", sql`${t.timeLimitMinutes} is null or ${t.timeLimitMinutes} between 1 and 600`),
    check("assignments_max_attempts_valid", sql`${t.maxAttempts} between 1 and 20`),
  ],
);

/** Per-student adjustments to an assignment: extra time (accessibility) and extra attempts (reopened). */
export const assignmentStudentOptions = pgTable(
  "assignment_student_options",
  {
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    studentId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    extraMinutes: integer().notNull().default(0),
    extraAttempts: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.assignmentId, t.studentId] }),
    check("assignment_student_options_valid", sql`${t.extraMinutes} between 0 and 600 and ${t.extraAttempts} between 0 and 20`),
  ],
);

export const quizAttempts = pgTable(
  "quiz_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    studentId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** 1 for the first attempt, then 2, 3… (retakes and reopened quizzes keep every attempt). */
    attemptNo: integer().notNull().default(1),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The questions of this attempt in the order shown, fixed at the start (shuffled or set order). Empty on attempts made before it was kept. */
    questionIds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Seed of this attempt's choice order (shuffle), so a reload shows the same order. */
    shuffleSeed: integer(),
    /** Answers after this moment are refused (time limit plus extension); null = no limit. */
    deadlineAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    correct: integer(),
    total: integer(),
  },
  (t) => [
    uniqueIndex("quiz_attempts_number_key").on(t.assignmentId, t.studentId, t.attemptNo),
    check("quiz_attempts_score_valid", sql`${t.correct} is null or (${t.correct} >= 0 and ${t.correct} <= ${t.total})`),
  ],
);

/** One answer per question of an attempt, graded on the server; the review it also became is review_id. */
export const quizAttemptAnswers = pgTable(
  "quiz_attempt_answers",
  {
    attemptId: uuid()
      .notNull()
      .references(() => quizAttempts.id, { onDelete: "cascade" }),
    questionId: text()
      .notNull()
      .references(() => questions.id),
    answer: jsonb().notNull(),
    correct: boolean().notNull(),
    responseMs: integer().notNull(),
    answeredAt: timestamp({ withTimezone: true }).notNull(),
    reviewId: uuid().notNull(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);
