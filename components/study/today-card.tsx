import Link from "next/link";
import { describeWhen } from "./describe-when";

/**
 * The study home's "Today": what is ready now and the way in, or when the next card is due. The
 * counts are either all of today's (online: the server counts the day's whole queue, which a
 * student works through in sessions of 20) or the next session's (offline: built on the device).
 */
export function TodayCard({
  dueCount,
  newCount,
  nextDueAt,
  countsFor,
}: {
  dueCount: number;
  newCount: number;
  nextDueAt: string | null;
  countsFor: "today" | "next session";
}) {
  return (
    <section className="card today" aria-labelledby="today-title">
      <h2 id="today-title">Today</h2>
      {dueCount + newCount > 0 ? (
        <>
          <p className="today-counts">
            <strong>{dueCount}</strong> to review · <strong>{newCount}</strong> new
            {countsFor === "today" ? " today" : ", in your next session"}
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
          <p>All done for now. {nextDueAt ? `Your next card is due ${describeWhen(nextDueAt)}.` : ""}</p>
          <div className="actions">
            <Link href="/timeline" className="button button-primary">
              Extra practice: pick an event or topic
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
