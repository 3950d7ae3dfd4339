import Link from "next/link";
import type { StudyQueue } from "@/db/queries/study-queue";
import { describeWhen } from "./describe-when";
import { countReturns } from "@/lib/study/session-plan";
import type { StoredSession } from "./session-store";

/** The end of a session: what was done, and when to come back. */
export function SessionSummary({
  session,
  queue,
  onStartAnother,
  pendingSaves,
}: {
  session: StoredSession;
  queue: StudyQueue;
  onStartAnother: () => void;
  pendingSaves: number;
}) {
  const accuracy = session.answered > 0 ? Math.round((session.correct / session.answered) * 100) : 0;
  const returns = countReturns(session);
  if (session.answered === 0) {
    return (
      <section className="card summary" aria-labelledby="summary-title">
        <h2 id="summary-title">Nothing due right now</h2>
        <p>{queue.nextDueAt ? `Your next card is due ${describeWhen(queue.nextDueAt)}.` : "You have no cards scheduled yet."}</p>
        <div className="actions">
          <Link href="/timeline" className="button button-primary">
            Extra practice: pick an event or topic
          </Link>
          <Link href="/study" className="button">
            Back to study home
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Session complete</h2>
      <dl className="stats">
        <div>
          <dt>Answered</dt>
          <dd>{session.answered}</dd>
        </div>
        <div>
          <dt>Accuracy</dt>
          <dd>{accuracy}%</dd>
        </div>
        <div>
          <dt>New cards learned</dt>
          <dd>{session.newLearned}</dd>
        </div>
        <div>
          <dt>Came back after a miss</dt>
          <dd data-testid="came-back">{returns.items}</dd>
        </div>
      </dl>
      {returns.items > 0 && (
        <p data-testid="came-back-line">
          {returns.items === 1 ? "1 card" : `${returns.items} cards`} you missed came back later in the session
          {returns.returns > returns.items ? ` (${returns.returns} returns in all)` : ""}.
        </p>
      )}
      <p>
        {pendingSaves > 0
          ? "Saving your last answers…"
          : queue.nextDueAt
            ? `Next review due ${describeWhen(queue.nextDueAt)}.`
            : "Come back tomorrow for your next reviews."}
      </p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onStartAnother}>
          Keep going
        </button>
        <Link href="/study/progress" className="button">
          See your progress
        </Link>
      </div>
    </section>
  );
}
