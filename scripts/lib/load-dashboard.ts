/**
 * The assignment dashboard's reads, made the way its page makes them
 * (app/teach/classes/[id]/assignments/[aid]/page.tsx): the overview first (the ownership check
 * before streaming), then the five panels at once on the pool, then the flags of the listed
 * questions. Timing this is the page's server time without rendering; if the page changes what
 * it reads, change this with it.
 */
import type { Db } from "../../db/client";
import { listStudentQuizOptions } from "../../db/queries/assignments";
import {
  countCompletionPerDay,
  getAssignmentOverview,
  listAssignmentItems,
  listAssignmentStudents,
  listClassRecallByTopic,
} from "../../db/queries/dashboard";
import { getTeacherFlags } from "../../db/queries/question-flags";

const WEEK_MS = 7 * 86_400_000;

export interface DashboardInput {
  teacherId: string;
  classId: string;
  assignmentId: string;
  now: Date;
}

/** Loads everything the page shows; throws if any panel comes back empty-handed (not the teacher's). */
export async function loadAssignmentDashboard(db: Db, input: DashboardInput): Promise<void> {
  const { teacherId, classId, assignmentId, now } = input;
  const overview = await getAssignmentOverview(db, { teacherId, assignmentId });
  if (!overview || overview.classId !== classId) throw new Error("the bench's assignment is not its teacher's");
  // Recall at the due date if it is still ahead, else a week from now (the page's recallDate).
  const at = overview.dueAt.getTime() > now.getTime() ? overview.dueAt : new Date(now.getTime() + WEEK_MS);
  const [students, items, completion, recall] = await Promise.all([
    listAssignmentStudents(db, { teacherId, assignmentId, now }),
    listAssignmentItems(db, { teacherId, assignmentId }),
    countCompletionPerDay(db, { teacherId, assignmentId, now, days: 21 }),
    listClassRecallByTopic(db, { teacherId, classId, now, at }),
    listStudentQuizOptions(db, { teacherId, assignmentId }),
  ]);
  if (!students || !items || !completion || !recall) throw new Error("a dashboard panel found no assignment");
  await getTeacherFlags(db, { teacherId, questionIds: items.map((i) => i.questionId) });
}

/** The same reads one by one, named: where the page's time goes. */
export function dashboardPanels(db: Db, input: DashboardInput): [string, () => Promise<unknown>][] {
  const { teacherId, classId, assignmentId, now } = input;
  return [
    ["overview", () => getAssignmentOverview(db, { teacherId, assignmentId })],
    ["students", () => listAssignmentStudents(db, { teacherId, assignmentId, now })],
    ["items", () => listAssignmentItems(db, { teacherId, assignmentId })],
    ["completion", () => countCompletionPerDay(db, { teacherId, assignmentId, now, days: 21 })],
    ["class recall", () => listClassRecallByTopic(db, { teacherId, classId, now, at: new Date(now.getTime() + WEEK_MS) })],
  ];
}
