/**
 * What the assignment dashboard reads instead of review_logs, so its cost follows the class and
 * the set, never the length of the history (issue 13). Kept by the statement-level trigger on
 * review_logs (migration dashboard_aggregates_trigger: every insert, in the inserting transaction,
 * one set-based upsert per statement) and recounted from the logs by
 * db/queries/dashboard/aggregates.ts when who or what counts changes (a student enrols, a question
 * joins a set, an assignment is made) and by the backfill data step.
 *
 * Keyed per assignment × student × set question, not per student × question: a review counts
 * toward an assignment only if given since the assignment was made (ASSIGNMENT_REVIEWS), so two
 * assignments of one set to one class made on different days count different reviews, and "the
 * first quiz answer" (facility) is the first since that moment. A per-student row could not tell
 * them apart without going back to the logs. Rows are written only for classes the student is
 * enrolled in when the review lands (the readers still filter by the roster now, as before).
 */
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { questions } from "./content";
import { assignments } from "./teaching";
import { users } from "./users";

export const assignmentQuestionStats = pgTable(
  "assignment_question_stats",
  {
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The set question the reviews count toward (reviews of any face of its knowledge item). */
    questionId: text()
      .notNull()
      .references(() => questions.id),
    /** Counted reviews, any mode (completion, started). */
    reviews: integer().notNull(),
    /** Counted quiz answers, and how many were correct (accuracy, ranking for discrimination). */
    quizAnswers: integer().notNull(),
    quizCorrect: integer().notNull(),
    /** First and last counted review, any mode (completion chart; last answer). */
    firstAt: timestamp({ withTimezone: true }).notNull(),
    lastAt: timestamp({ withTimezone: true }).notNull(),
    /** The first counted quiz answer (same instant: lower review id): facility and median time. */
    firstQuizAt: timestamp({ withTimezone: true }),
    firstQuizId: uuid(),
    firstQuizCorrect: boolean(),
    firstQuizMs: integer(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.userId, t.questionId] })],
);

/**
 * Each distinct wrong quiz answer a student gave to a set question as shown (the face was the set
 * question itself): "most chosen wrong answer" counts students per answer, so one row per
 * distinct answer is all it needs, however often it was given. `answer_hash` is md5 of the
 * jsonb text (jsonb prints one canonical form), so long typed answers stay out of the key.
 */
export const assignmentWrongAnswers = pgTable(
  "assignment_wrong_answers",
  {
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text()
      .notNull()
      .references(() => questions.id),
    answerHash: text().notNull(),
    answer: jsonb().notNull(),
  },
  // The dashboard reads one assignment's rows: the primary key's first column serves it.
  (t) => [primaryKey({ columns: [t.assignmentId, t.userId, t.questionId, t.answerHash] })],
);
