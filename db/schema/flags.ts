/**
 * Questions flagged as bad. A teacher's flag (one per teacher per question; flagging again updates
 * it) takes the question out of that teacher's sets' sessions until the teacher clears it; a
 * student's report (one per student per question, updated the same way) only informs the teachers
 * whose sets hold the question and whose class the student is in. Neither is ever shown to anyone
 * else: db/queries/question-flags.ts filters every read by its owner.
 */
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { FLAG_REASONS } from "@/lib/domain";
import { questions } from "./content";
import { users } from "./users";

export const questionFlags = pgTable(
  "question_flags",
  {
    id: uuid().primaryKey().defaultRandom(),
    teacherId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    reason: text({ enum: FLAG_REASONS }).notNull(),
    comment: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when the teacher clears the flag: the question is served again. Flagging again reopens it. */
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("question_flags_teacher_question_key").on(t.teacherId, t.questionId),
    // The session filter asks "is this question flagged by this set's owner?" by question first.
    index("question_flags_open_idx")
      .on(t.questionId, t.teacherId)
      .where(sql`${t.resolvedAt} is null`),
    check("question_flags_reason_valid", sql`${t.reason} in ('wrong', 'ambiguous', 'unclear')`),
  ],
);

export const questionReports = pgTable(
  "question_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    studentId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    reason: text({ enum: FLAG_REASONS }).notNull(),
    /** Optional for students: empty string when none was given. */
    comment: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("question_reports_student_question_key").on(t.studentId, t.questionId),
    index("question_reports_question_idx").on(t.questionId),
    check("question_reports_reason_valid", sql`${t.reason} in ('wrong', 'ambiguous', 'unclear')`),
  ],
);
