import type { FuzzyDate } from "@/lib/events/schema";
import { renderDate } from "@/lib/questions/render/date";

/**
 * The part of a timeline entry that reads the event to a student: date, title, summary, who took
 * part and where. Shared by the timeline's card and the teacher's live preview while editing an
 * event, so the preview cannot drift from what students see.
 */
export function EventEntry({
  date,
  noDate,
  background,
  title,
  summary,
  actors,
  places,
  headingLevel = 2,
}: {
  /** Null only in the preview, while the date typed is not valid: `noDate` is shown instead. */
  date: FuzzyDate | null;
  noDate?: React.ReactNode;
  background: boolean;
  title: React.ReactNode;
  summary: React.ReactNode;
  actors: readonly string[];
  places: readonly string[];
  /** The timeline's entries are h2; the preview sits under an event's h3 and its own h4. */
  headingLevel?: 2 | 5;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h5";
  return (
    <>
      <p className="event-date">
        {date ? <time dateTime={date.iso}>{renderDate(date)}</time> : noDate}
        {background && <span className="event-kind">background</span>}
      </p>
      <Heading className="event-title">{title}</Heading>
      <p>{summary}</p>
      {actors.length > 0 && (
        <p className="event-people">
          <span className="muted">Who: </span>
          {actors.join(", ")}
        </p>
      )}
      {places.length > 0 && (
        <p className="event-people">
          <span className="muted">Where: </span>
          {places.join(", ")}
        </p>
      )}
    </>
  );
}
