import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Skeleton, SkeletonCard } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { listTeacherClasses } from "@/db/queries/classes";
import { listTopics, searchQuestionBank } from "@/db/queries/content";
import { listTeacherSets } from "@/db/queries/quiz-sets";
import { requireTeacher, type SessionUser } from "@/server/auth/guards";
import { CreateClassForm } from "./_components/create-class-form";
import { CreateSetForm } from "./_components/create-set-form";

export const metadata: Metadata = { title: "Teach" };

export default async function TeacherHomePage() {
  const teacher = await requireTeacher("/teach");
  return (
    <main className="stack wide">
      <h1>Teacher home</h1>
      <p className="lead">Welcome, {teacher.name}.</p>
      <Suspense
        fallback={
          <Skeleton label="Loading your classes and quiz sets…">
            <SkeletonCard lines={0} rows={2} />
            <SkeletonCard lines={0} rows={2} />
          </Skeleton>
        }
      >
        <TeacherHome teacher={teacher} />
      </Suspense>
    </main>
  );
}

/** Classes, sets and the bank's size: the queries the skeleton stands in for. */
async function TeacherHome({ teacher }: { teacher: SessionUser }) {
  const db = await getDb();
  const [classes, sets, topics, bank] = await Promise.all([
    listTeacherClasses(db, teacher.id),
    listTeacherSets(db, teacher.id),
    listTopics(db),
    searchQuestionBank(db, { filter: {}, limit: 1, offset: 0 }),
  ]);

  return (
    <>
      <section className="card stack" aria-labelledby="classes-title">
        <h2 id="classes-title">Your classes</h2>
        {classes.length === 0 ? (
          <p className="muted">No classes yet. Create one, then share its join code with your students.</p>
        ) : (
          <ul className="row-list">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/teach/classes/${c.id}`} className="row-link">
                  <strong>{c.name}</strong>
                  <span className="muted">
                    {c.students} student{c.students === 1 ? "" : "s"} · code <code>{c.joinCode}</code>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <CreateClassForm />
      </section>

      <section className="card stack" aria-labelledby="sets-title">
        <h2 id="sets-title">Your quiz sets</h2>
        {sets.length === 0 ? (
          <p className="muted">No quiz sets yet. Build one from the question bank below.</p>
        ) : (
          <ul className="row-list">
            {sets.map((s) => (
              <li key={s.id}>
                <Link href={`/teach/sets/${s.id}`} className="row-link">
                  <strong>{s.name}</strong>
                  <span className="muted">
                    {s.questions} question{s.questions === 1 ? "" : "s"}
                    {s.assignments > 0 ? ` · assigned ${s.assignments}×` : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <details className="disclosure">
          <summary>Build a new set</summary>
          <CreateSetForm topics={topics} />
        </details>
      </section>

      <nav className="home-links" aria-label="Content">
        <Link href="/teach/questions" className="card home-link">
          <strong>Question bank</strong>
          <span className="muted">{bank.total} questions generated from the events. Filter and preview each one as a student sees it.</span>
        </Link>
        <Link href="/teach/collections" className="card home-link">
          <strong>Collections</strong>
          <span className="muted">Bring your own events: upload a file, paste an article, share with colleagues.</span>
        </Link>
        <Link href="/timeline" className="card home-link">
          <strong>Timeline</strong>
          <span className="muted">Every event in date order with its source article.</span>
        </Link>
      </nav>
    </>
  );
}
