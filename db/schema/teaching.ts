/**
 * Teaching: classes (joined by code), quiz sets built from the bank, and assignments of a set to
 * a class with a due date. Every row is owned by a teacher (classes, sets) or reached through
 * one (enrollments, items, assignments), and queries always filter by that owner.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
  (t) => [primaryKey({ columns: [t.setId, t.questionId] }), index("quiz_set_items_order_idx").on(t.setId, t.position)],
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assignments_class_idx").on(t.classId, t.dueAt), index("assignments_set_idx").on(t.setId)],
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
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    correct: integer(),
    total: integer(),
  },
  (t) => [
    uniqueIndex("quiz_attempts_once_key").on(t.assignmentId, t.studentId),
    check("quiz_attempts_score_valid", sql`${t.correct} is null or (${t.correct} >= 0 and ${t.correct} <= ${t.total})`),
  ],
);
