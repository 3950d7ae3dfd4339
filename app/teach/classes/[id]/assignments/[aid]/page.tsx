import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { RecallByTopic } from "@/components/progress/recall-by-topic";
import { LocalTime } from "@/components/ui/local-time";
import { Skeleton, SkeletonCard, SkeletonStats } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { listStudentQuizOptions } from "@/db/queries/assignments";
import {
  listAssignmentItems,
  getAssignmentOverview,
  listAssignmentStudents,
  listClassRecallByTopic,
  countCompletionPerDay,
} from "@/db/queries/dashboard";
import { getTeacherFlags } from "@/db/queries/question-flags";
import { requireTeacher, type SessionUser } from "@/server/auth/guards";
import { DASHBOARD_DEFINITIONS as D, summarizeStudents } from "@/lib/teaching/dashboard-definitions";
import { sortStudents, STUDENT_SORTS, type StudentSort } from "@/lib/teaching/sort-students";
import { formatChartDay, formatChartDays } from "@/lib/time/chart-day";
import { localDay } from "@/lib/time/zoned";
import { parseUtcOffset } from "@/lib/study/scope";
import { uuidSchema } from "@/lib/validation/teaching";
import { ItemsTable } from "./_components/items-table";
import { EditDueForm, StudentQuizOptionsForm } from "./_components/quiz-controls";
import { StudentsTable } from "./_components/students-table";

export const metadata: Metadata = { title: "Assignment dashboard" };

type AssignmentOverview = NonNullable<Awaited<ReturnType<typeof getAssignmentOverview>>>;

export default async function AssignmentDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; aid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id, aid } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/assignments/${aid}`);
  if (!uuidSchema.safeParse(id).success || !uuidSchema.safeParse(aid).success) notFound();
  const db = await getDb();
  const now = new Date();
  // Every query below checks ownership itself; another teacher's ids give null → 404.
  const overview = await getAssignmentOverview(db, { teacherId: teacher.id, assignmentId: aid });
  if (!overview || overview.classId !== id) notFound();
  return (
    <main className="stack wide">
      <p>
        <Link href={`/teach/classes/${id}`}>← {overview.className}</Link>
      </p>
      <h1>
        {overview.setName}
        {overview.isQuiz ? " (scored quiz)" : ""}
      </h1>
      <p className="lead">
        {overview.questionCount} questions · due <LocalTime iso={overview.dueAt.toISOString()} />
      </p>
      {overview.isQuiz && (
        <p data-testid="quiz-options">
          {[
            overview.quiz.shuffle ? "Shuffled for each student" : "Set order",
            overview.quiz.feedback === "each" ? "right or wrong after each question" : "right or wrong only after submitting",
            overview.quiz.timeLimitMinutes === null ? "no time limit" : `${overview.quiz.timeLimitMinutes} minutes per attempt`,
            `${overview.quiz.maxAttempts} attempt${overview.quiz.maxAttempts === 1 ? "" : "s"} each`,
          ].join(" · ")}
        </p>
      )}
      <details className="card">
        <summary>Change the due date</summary>
        <EditDueForm classId={id} assignmentId={aid} dueAt={overview.dueAt.toISOString()} />
      </details>
      <Suspense
        fallback={
          <Skeleton label="Loading the dashboard…">
            <SkeletonStats count={4} />
            <SkeletonCard lines={0} rows={4} />
            <SkeletonCard lines={0} chart />
            <SkeletonCard lines={0} rows={4} />
          </Skeleton>
        }
      >
        <Dashboard teacher={teacher} id={id} aid={aid} overview={overview} now={now} searchParams={searchParams} />
      </Suspense>
    </main>
  );
}

/**
 * Figures, tables and charts: the queries the skeleton stands in for. Ownership was checked
 * above (a 404 before streaming starts); each query checks it again itself.
 */
async function Dashboard({
  teacher,
  id,
  aid,
  overview,
  now,
  searchParams,
}: {
  teacher: SessionUser;
  id: string;
  aid: string;
  overview: AssignmentOverview;
  now: Date;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const db = await getDb();
  // The teacher's UTC offset (the kizuna-tz cookie the browser sets): the chart's days and the day the recall panel names.
  const utcOffsetMinutes = parseUtcOffset((await cookies()).get("kizuna-tz")?.value);
  const [students, items, completion, recall, adjustments] = await Promise.all([
    listAssignmentStudents(db, { teacherId: teacher.id, assignmentId: aid, now }),
    listAssignmentItems(db, { teacherId: teacher.id, assignmentId: aid }),
    countCompletionPerDay(db, { teacherId: teacher.id, assignmentId: aid, now, days: 21, utcOffsetMinutes }),
    // Recall at the due date if it is still ahead, else a week from now.
    listClassRecallByTopic(db, { teacherId: teacher.id, classId: id, now, at: recallDate(overview.dueAt, now) }),
    listStudentQuizOptions(db, { teacherId: teacher.id, assignmentId: aid }),
  ]);
  if (!students || !items || !completion || !recall) notFound();
  const flags = await getTeacherFlags(db, { teacherId: teacher.id, questionIds: items.map((i) => i.questionId) });

  const query = await searchParams;
  const sort: StudentSort = STUDENT_SORTS.includes(query.sort as StudentSort) ? (query.sort as StudentSort) : "name";
  const dir = query.dir === "desc" ? "desc" : "asc";
  const rows = sortStudents(students, sort, dir);
  const base = `/teach/classes/${id}/assignments/${aid}`;
  // The counters come from the same rows as the table (summarizeStudents), never counted apart.
  const counters = summarizeStudents(students);
  // The chart's table names days as its ticks do ("9 Nov").
  const completionLabels = formatChartDays(completion.map((d) => d.day));

  return (
    <>
      <dl className="stats stats-wide">
        <div>
          <dt>Students</dt>
          <dd>{overview.studentCount}</dd>
        </div>
        {(["started", "completed", "needAttention"] as const).map((figure) => (
          <div key={figure}>
            <dt>{D[figure].label}</dt>
            <dd data-testid={`count-${figure}`}>{counters[figure]}</dd>
            <dd className="col-note">{D[figure].explain}</dd>
          </div>
        ))}
      </dl>

      <section className="stack" aria-labelledby="students-title">
        <div className="actions-inline">
          <h2 id="students-title">Students</h2>
          <a href={`${base}/students.csv`} className="button" download>
            Download CSV
          </a>
        </div>
        <StudentsTable rows={rows} sort={sort} dir={dir} baseHref={base} isQuiz={overview.isQuiz} />
      </section>

      {overview.isQuiz && (
        <section className="card stack" aria-labelledby="adjust-title">
          <h2 id="adjust-title">One student: extra time or another attempt</h2>
          <StudentQuizOptionsForm classId={id} assignmentId={aid} students={students.map((s) => ({ id: s.studentId, name: s.name }))} />
          {adjustments.size > 0 && (
            <ul data-testid="adjustments">
              {students
                .filter((s) => adjustments.has(s.studentId))
                .map((s) => {
                  const a = adjustments.get(s.studentId);
                  return (
                    <li key={s.studentId}>
                      {s.name}: +{a?.extraMinutes ?? 0} min · {a?.extraAttempts ?? 0} extra attempt{a?.extraAttempts === 1 ? "" : "s"}
                    </li>
                  );
                })}
            </ul>
          )}
        </section>
      )}

      <section className="card" aria-labelledby="completion-title">
        <h2 id="completion-title">Completion over time</h2>
        <BarChart
          title="Students who had completed the assignment, by day"
          unit="students"
          axisLabel="Students completed"
          bars={completion.map((d, i) => ({
            label: completionLabels[i] ?? d.day,
            value: d.completed,
            // Every five days back from the last, so no tick crowds the last one; every other one only where there is room.
            tick: (completion.length - 1 - i) % 5 === 0 ? formatChartDay(d.day) : undefined,
            minorTick: (completion.length - 1 - i) % 10 === 5,
          }))}
        />
      </section>

      <section className="stack" aria-labelledby="items-title">
        <div className="actions-inline">
          <h2 id="items-title">Item analysis</h2>
          <a href={`${base}/items.csv`} className="button" download>
            Download CSV
          </a>
        </div>
        <ItemsTable rows={items} flags={flags} />
      </section>

      <section className="card" aria-labelledby="recall-title">
        <h2 id="recall-title">Class predicted recall by topic</h2>
        <p className="muted">
          Mean predicted recall of the facts students have met: now, and on {recallDateLabel(overview.dueAt, now, utcOffsetMinutes)} if they
          do not review before then.
        </p>
        {recall.length === 0 ? (
          <p className="muted">No reviews yet.</p>
        ) : (
          <RecallByTopic
            rows={recall.map((r) => ({ ...r, over: `${r.cards} student facts` }))}
            dayLabel={recallDateLabel(overview.dueAt, now, utcOffsetMinutes)}
            whose="class "
          />
        )}
      </section>
    </>
  );
}

const WEEK_MS = 7 * 86_400_000;

/** When the class recall panel predicts recall: the due date while it is ahead, else a week from now. */
function recallDate(dueAt: Date, now: Date): Date {
  return dueAt.getTime() > now.getTime() ? dueAt : new Date(now.getTime() + WEEK_MS);
}

function recallDateLabel(dueAt: Date, now: Date, utcOffsetMinutes: number): string {
  const at = recallDate(dueAt, now);
  // Its day where the teacher is (as the due date above is shown), written as every chart writes a day.
  const day = formatChartDay(localDay(at, utcOffsetMinutes));
  return at === dueAt ? `the due date (${day})` : day;
}
