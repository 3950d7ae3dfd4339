import Link from "next/link";
import { EventEntry } from "@/components/content/event-entry";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { topicLabel } from "@/components/content/topic-label";
import { SourceList } from "@/components/quiz/source-citation";
import type { TimelineEvent } from "@/db/queries/content";

/**
 * One event of the timeline. `topicHref` keeps topic links inside the collection shown;
 * `practise` is off for a teacher's collection, whose event slugs are not unique across
 * collections (practice by event is a built-in collection scope).
 */
export function EventCard({
  event,
  topicHref = (tag) => `/timeline?topic=${tag}`,
  practise = true,
}: {
  event: TimelineEvent;
  topicHref?: (tag: string) => string;
  practise?: boolean;
}) {
  return (
    <li className="event" id={event.slug}>
      <EventEntry
        date={{ iso: event.dateIso, precision: event.datePrecision }}
        background={event.kind === "background"}
        title={event.title}
        summary={event.summary}
        actors={event.actors.map((a) => a.name)}
        places={event.places.map((p) => p.name)}
      />
      <ul className="tags" aria-label="Topics">
        {event.tags.map((tag) => (
          <li key={tag}>
            <Link href={topicHref(tag)} className="tag">
              {topicLabel(tag)}
            </Link>
          </li>
        ))}
      </ul>
      <SourceList sources={event.sources} />
      <div className="event-actions">
        <details className="event-questions">
          <summary>
            {event.questions.length} question{event.questions.length === 1 ? "" : "s"}
          </summary>
          <ul>
            {event.questions.map((q) => (
              <li key={q.id}>
                <span className="muted">{QUESTION_TYPE_LABELS[q.type]}: </span>
                {q.prompt}
              </li>
            ))}
          </ul>
        </details>
        {practise && (
          <Link href={`/study/practice?event=${event.slug}`} className="button">
            Practise this event
          </Link>
        )}
      </div>
    </li>
  );
}
