import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { describeWhen } from "@/components/study/describe-when";
import { getDb } from "@/db";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { requireUser } from "@/lib/auth/guards";
import { parseUtcOffset } from "@/lib/study/scope";

export const metadata: Metadata = { title: "Study" };

export default async function StudentHomePage() {
  const user = await requireUser("/study");
  const queue = await loadStudyQueue(await getDb(), user.id, {
    now: new Date(),
    utcOffsetMinutes: parseUtcOffset((await cookies()).get("kizuna-tz")?.value),
    scope: {},
    size: 200,
  });
  const ready = queue.dueCount + queue.newCount;

  return (
    <main className="stack">
      <h1>Welcome, {user.name}</h1>
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
    </main>
  );
}
