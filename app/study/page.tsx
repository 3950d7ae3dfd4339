import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { Suspense } from "react";
import { describeWhen } from "@/components/study/describe-when";
import { Skeleton, SkeletonCard } from "@/components/ui/skeleton";
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
  const { joined } = await searchParams;
  return (
    <main className="stack">
      <h1>Welcome, {user.name}</h1>
      {typeof joined === "string" && <p className="notice">You joined {joined}.</p>}
      <Suspense
        fallback={
          <Skeleton label="Loading your cards and classes…">
            <SkeletonCard lines={1} rows={1} />
            <SkeletonCard lines={2} />
          </Skeleton>
        }
      >
        <StudentHome user={user} />
      </Suspense>
    </main>
  );
}

/** Today's cards, assignments and classes: the queries the skeleton stands in for. */
async function StudentHome({ user }: { user: SessionUser }) {
  const db = await getDb();
  const now = new Date();
  const [queue, assignments, classes] = await Promise.all([
    loadStudyQueue(db, {
      userId: user.id,
      now,
      utcOffsetMinutes: parseUtcOffset((await cookies()).get("kizuna-tz")?.value),
      scope: {},
      size: 200,
    }),
    listStudentAssignments(db, user.id),
    listStudentClasses(db, user.id),
  ]);
  const ready = queue.dueCount + queue.newCount;

  return (
    <>
      <section className="card today" aria-labelledby="today-title">
        <h2 id="today-title">Today</h2>
        {ready > 0 ? (
          <>
            <p className="today-counts">
              <strong>{queue.dueCount}</strong> due for review · <strong>{queue.newCount}</strong> new
            </p>
            <div className="actions">
              <Link href="/study/practice?mode=quiz" className="button button-primary">
                Start quiz
              </Link>
              <Link href="/study/practice?mode=flashcard" className="button">
                Flashcards
              </Link>
            </div>
          </>
        ) : (
          <>
            <p>All done for now. {queue.nextDueAt ? `Your next card is due ${describeWhen(queue.nextDueAt)}.` : ""}</p>
            <div className="actions">
              <Link href="/timeline" className="button button-primary">
                Extra practice: pick an event or topic
              </Link>
            </div>
          </>
        )}
      </section>
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
