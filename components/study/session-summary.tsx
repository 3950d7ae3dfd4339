import Link from "next/link";
import type { StudyQueue } from "@/db/queries/study-queue";
import { useIsClient } from "@/components/ui/use-is-client";
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
        <p>{queue.nextDueAt ? <DueSentence lead="Your next card is due" iso={queue.nextDueAt} /> : "You have no cards scheduled yet."}</p>
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
        {pendingSaves > 0 ? (
          "Saving your last answers…"
        ) : queue.nextDueAt ? (
          <DueSentence lead="Next review due" iso={queue.nextDueAt} />
        ) : (
          "Come back tomorrow for your next reviews."
        )}
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

/**
 * "Your next card is due tomorrow at 09:00.": the device's clock, time zone and language, so the
 * server (which renders a session with nothing due) and hydration keep only the line's place.
 */
function DueSentence({ lead, iso }: { lead: string; iso: string }) {
  const isClient = useIsClient();
  return isClient ? `${lead} ${describeWhen(iso)}.` : "\u00a0";
}
