import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { topicLabel } from "@/components/content/topic-label";
import { IMPORTANCE_LABELS } from "@/components/content/importance-label";
import { IMPORTANCE_ORDER } from "@/lib/events/schema";
import type { BankFilterParams } from "@/lib/validation/bank-filter";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked or shared. */
export function BankFilters({
  filter,
  topics,
  events,
  action = "/teach/questions",
}: {
  /** Where the GET form goes (the bank page, or a set's "add questions" page). */
  action?: string;
  filter: BankFilterParams;
  topics: { topic: string }[];
  events: { slug: string; title: string; dateIso: string }[];
}) {
  return (
    <form className="filters" method="get" action={action}>
      {filter.collection && <input type="hidden" name="collection" value={filter.collection} />}
      <div className="field">
        <label htmlFor="filter-topic">Topic</label>
        <select id="filter-topic" name="topic" defaultValue={filter.topic ?? ""}>
          <option value="">All topics</option>
          {topics.map(({ topic }) => (
            <option key={topic} value={topic}>
              {topicLabel(topic)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" name="type" defaultValue={filter.type ?? ""}>
          <option value="">All types</option>
          {Object.entries(QUESTION_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-difficulty">Difficulty</label>
        <select id="filter-difficulty" name="difficulty" defaultValue={filter.difficulty ?? ""}>
          <option value="">Any</option>
          {[1, 2, 3, 4, 5].map((d) => (
            <option key={d} value={d}>
              {d} — {["easiest", "easy", "medium", "hard", "hardest"][d - 1]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-importance">Importance</label>
        <select id="filter-importance" name="importance" defaultValue={filter.importance ?? ""}>
          <option value="">Any</option>
          {IMPORTANCE_ORDER.map((importance) => (
            <option key={importance} value={importance}>
              {IMPORTANCE_LABELS[importance]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-from">From year</label>
        <input
          id="filter-from"
          name="from"
          type="number"
          inputMode="numeric"
          min={1900}
          max={2100}
          placeholder="e.g. 2013"
          defaultValue={filter.from ?? ""}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To year</label>
        <input
          id="filter-to"
          name="to"
          type="number"
          inputMode="numeric"
          min={1900}
          max={2100}
          placeholder="e.g. 2023"
          defaultValue={filter.to ?? ""}
        />
      </div>
      <div className="field field-wide">
        <label htmlFor="filter-event">Event</label>
        <select id="filter-event" name="event" defaultValue={filter.event ?? ""}>
          <option value="">All events</option>
          {events.map((e) => (
            <option key={e.slug} value={e.slug}>
              {e.dateIso} · {e.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary">
        Apply filters
      </button>
    </form>
  );
}
