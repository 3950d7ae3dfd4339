/**
 * What every number on the assignment dashboard means, defined once: the SQL in
 * db/queries/dashboard/ computes these, the tables show `explain` under each column, the CSV
 * exports carry the same figures, and tests/db/dashboard.test.ts checks each on known data.
 *
 * Counting toward an assignment: a review of a question in the assignment's set, by an enrolled
 * student, given since the assignment was made (ASSIGNMENT_REVIEWS). A review counts toward
 * every such assignment at once, so overlapping sets each get it. A "quiz answer" is such a
 * review answered as a question (scored quiz or practice quiz), never a flashcard self-grade.
 */
export const DASHBOARD_DEFINITIONS = {
  completion: {
    label: "Completion",
    explain: "Set questions reviewed at least once, any mode, over questions in the set.",
  },
  accuracy: {
    label: "Accuracy",
    explain: "Correct quiz answers over quiz answers; flashcard self-grades are left out.",
  },
  lastActive: { label: "Last active", explain: "Latest review of any kind, in your time zone." },
  predictedRecall: {
    label: "Predicted recall",
    explain:
      "Chance of recalling the set's questions now (FSRS, on each student's own fitted curve where one is adopted); never-reviewed ones count 0.",
  },
  quizScore: { label: "Quiz score", explain: "Latest submitted attempt; best shown when it differs." },
  facility: {
    label: "Facility",
    explain: "Share of students whose first quiz answer was correct.",
  },
  discrimination: {
    label: "Discrimination",
    explain: "Facility in the top third of students (by accuracy) minus the bottom third.",
  },
  mostChosenWrong: {
    label: "Most chosen wrong answer",
    explain:
      "The wrong choice most students gave in any answer, first or later (so it can count more students than missed the first answer); for matching the most-confused pair, for ordering the most-misplaced event.",
  },
  medianTime: { label: "Median time", explain: "Median time of each student's first quiz answer." },
  started: { label: "Started", explain: "Students with at least one review counting toward this assignment." },
  completed: { label: "Completed", explain: "Students who reviewed every question of the set." },
  needAttention: { label: "Need attention", explain: "Behind (past due, incomplete) or at risk (started, predicted recall under 70%)." },
} as const;

export type DashboardFigure = keyof typeof DASHBOARD_DEFINITIONS;

interface StudentFlagsLike {
  completion: number;
  flags: { notStarted: boolean; behind: boolean; atRisk: boolean };
}

/** The header counters, from the same student rows as the table (never counted another way). */
export function summarizeStudents(rows: readonly StudentFlagsLike[]): { started: number; completed: number; needAttention: number } {
  return {
    started: rows.filter((r) => !r.flags.notStarted).length,
    completed: rows.filter((r) => r.completion >= 1).length,
    needAttention: rows.filter((r) => r.flags.atRisk || r.flags.behind).length,
  };
}
