import { topicLabel } from "@/components/content/topic-label";

export interface TopicRecall {
  topic: string;
  /** Predicted recall now, 0–1. */
  recall: number;
  /** Predicted recall on the chosen day, 0–1. */
  recallAt: number;
  /** What the figures are over, e.g. "12 facts". */
  over: string;
}

/**
 * Predicted recall per topic as meters (the bar shows the chosen day; the text says now and then),
 * the same on a student's progress page and a teacher's assignment dashboard. The meter turns
 * amber under 85 % and red under 70 %, the dashboard's "at risk" line.
 */
export function RecallByTopic({ rows, dayLabel, whose }: { rows: readonly TopicRecall[]; dayLabel: string; whose: string }) {
  return (
    <ul className="recall-list">
      {rows.map((r) => (
        <li key={r.topic} data-testid="recall-row">
          <span className="recall-topic">{topicLabel(r.topic)}</span>
          <meter
            min={0}
            max={1}
            low={0.7}
            high={0.85}
            optimum={1}
            value={r.recallAt}
            aria-label={`${topicLabel(r.topic)} ${whose}predicted recall on ${dayLabel}`}
          />
          <span className="recall-value">
            <span data-testid="recall-now">{Math.round(r.recall * 100)}% now</span> ·{" "}
            <span data-testid="recall-at">
              {Math.round(r.recallAt * 100)}% on {dayLabel}
            </span>
          </span>
          <span className="muted recall-cards">{r.over}</span>
        </li>
      ))}
    </ul>
  );
}
