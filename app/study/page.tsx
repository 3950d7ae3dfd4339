import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { DeviceTodayCard } from "@/components/offline/device-today-card";
import { OfflineReadiness } from "@/components/offline/offline-readiness";
import { TodayCard } from "@/components/study/today-card";
import { getDb } from "@/db";
import { listStudentAssignments } from "@/db/queries/assignments";
import { listStudentClasses } from "@/db/queries/classes";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { requireUser, type SessionUser } from "@/server/auth/guards";
import { parseUtcOffset } from "@/lib/study/scope";
import { AssignmentList } from "./_components/assignment-list";
import { JoinClassForm } from "./_components/join-class-form";

export const metadata: Metadata = { title: "Study" };

export default async function StudentHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/study");
  const { joined, offline } = await searchParams;
  // The copy saved for offline use (components/offline/page-cache.ts) counts today's cards on the device.
  const offlineCopy = offline === "1";
  // Read before the first byte rather than streamed behind a skeleton: the reads take tens of
  // milliseconds (about 25 on the embedded database, 35–95 on Postgres for a student with a
  // history), while React reveals a streamed Suspense boundary no sooner than 300 ms after the
  // shell's first frame. A skeleton here only held the content back, and with it the page's
  // largest paint (Lighthouse LCP).
  const home = await loadStudentHome(user, offlineCopy);
  return (
    <main className="stack">
      <h1>Welcome, {user.name}</h1>
      {typeof joined === "string" && <p className="notice">You joined {joined}.</p>}
      <StudentHome user={user} offlineCopy={offlineCopy} {...home} />
    </main>
  );
}

/** Today's cards, assignments and classes, read at once. */
async function loadStudentHome(user: SessionUser, offlineCopy: boolean) {
  const db = await getDb();
  const now = new Date();
  const utcOffsetMinutes = parseUtcOffset((await cookies()).get("kizuna-tz")?.value);
  const [queue, assignments, classes] = await Promise.all([
    offlineCopy ? null : loadStudyQueue(db, { userId: user.id, now, utcOffsetMinutes, scope: {}, size: 200 }),
    listStudentAssignments(db, user.id),
    listStudentClasses(db, user.id),
  ]);
  return { now, queue, assignments, classes };
}

function StudentHome({
  user,
  offlineCopy,
  now,
  queue,
  assignments,
  classes,
}: { user: SessionUser; offlineCopy: boolean } & Awaited<ReturnType<typeof loadStudentHome>>) {
  return (
    <>
      {queue ? (
        <TodayCard dueCount={queue.dueCount} newCount={queue.newCount} nextDueAt={queue.nextDueAt} countsFor="today" />
      ) : (
        <DeviceTodayCard userId={user.id} />
      )}
      {user.role === "student" && !offlineCopy && <OfflineReadiness userId={user.id} />}
      {assignments.length > 0 && (
        <section className="card stack" aria-labelledby="assignments-title">
          <h2 id="assignments-title">Assignments</h2>
          <AssignmentList assignments={assignments} now={now} />
        </section>
      )}
      <nav className="home-links" aria-label="Study">
        <Link href="/timeline" className="card home-link">
          <strong>Timeline</strong>
          <span className="muted">Every event in order, with its source. Practise one event or one topic.</span>
        </Link>
        <Link href="/study/progress" className="card home-link">
          <strong>Your progress</strong>
          <span className="muted">Streak, reviews per day, what you remember, what is coming up.</span>
        </Link>
      </nav>
      {user.role === "student" && (
        <section className="card stack" aria-labelledby="classes-title">
          <h2 id="classes-title">Your classes</h2>
          {classes.length > 0 ? (
            <ul className="plain-list">
              {classes.map((c) => (
                <li key={c.id}>
                  {c.name} <span className="muted">· {c.teacher}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Not in a class yet. Ask your teacher for the class code.</p>
          )}
          <JoinClassForm />
        </section>
      )}
    </>
  );
}
