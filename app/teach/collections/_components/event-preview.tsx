import { useId } from "react";
import { EventEntry } from "@/components/content/event-entry";
import { topicLabel } from "@/components/content/topic-label";
import { previewEvent, type EventPreviewInput } from "@/lib/collections/event-preview";
import type { EntityNames } from "@/lib/collections/references";

/**
 * Beside the edit-event form: the event as its timeline entry will read to students, from what
 * is typed now. Not a live region: announcing every keystroke would drown the form itself.
 */
export function EventPreview({
  values,
  tags,
  entities,
}: {
  values: EventPreviewInput;
  /** The topic chosen, then the event's other topics (the form edits the first; the rest stay). */
  tags: readonly string[];
  entities: readonly EntityNames[];
}) {
  const titleId = useId();
  const preview = previewEvent({ entities }, values);
  return (
    <section className="event-preview stack" aria-labelledby={titleId} data-testid="event-preview">
      <h4 id={titleId}>Preview: how students will see it on the timeline</h4>
      <div className="timeline">
        <div className="event">
          <EventEntry
            date={preview.date}
            noDate={<span className="field-error">{preview.dateProblem}</span>}
            background={preview.background}
            title={preview.title || <span className="muted">No title yet</span>}
            summary={preview.summary || <span className="muted">No summary yet</span>}
            actors={preview.actors}
            places={preview.places}
            headingLevel={5}
          />
          <ul className="tags" aria-label="Topics">
            {tags.map((tag) => (
              <li key={tag}>
                <span className="tag">{topicLabel(tag)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {preview.unknown.length > 0 && (
        <p className="field-error">
          Not in this collection yet: {preview.unknown.map((n) => `“${n}”`).join(", ")}. Add them under People, places and organisations
          before saving.
        </p>
      )}
    </section>
  );
}
