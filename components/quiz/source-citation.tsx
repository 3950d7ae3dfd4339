import { renderDate } from "@/lib/questions/render/date";
import type { SourceCitation } from "@/lib/questions/types";

/** "Title — Publisher, 20 March 2022": what a fact rests on, never the article's own words. */
export function SourceList({ sources }: { sources: SourceCitation[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources-label">Source{sources.length > 1 ? "s" : ""}: </span>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && "; "}
          <cite>{source.title}</cite> — {source.publisher}, {renderDate({ iso: source.publishedOn, precision: "day" })}
        </span>
      ))}
    </p>
  );
}
