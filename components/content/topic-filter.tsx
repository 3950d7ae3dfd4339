import Link from "next/link";
import { topicLabel } from "./topic-label";

/** Topic chips as plain links (work without JavaScript; the URL is shareable). */
export function TopicFilter({
  topics,
  active,
  hrefFor,
}: {
  topics: { topic: string; events: number }[];
  active?: string;
  hrefFor: (topic?: string) => string;
}) {
  return (
    <nav aria-label="Filter by topic" className="chips">
      <Link href={hrefFor()} className={`chip${active ? "" : " chip-active"}`} aria-current={active ? undefined : "page"}>
        All topics
      </Link>
      {topics.map(({ topic, events }) => (
        <Link
          key={topic}
          href={hrefFor(topic)}
          className={`chip${active === topic ? " chip-active" : ""}`}
          aria-current={active === topic ? "page" : undefined}
        >
          {topicLabel(topic)} <span className="chip-count">{events}</span>
        </Link>
      ))}
    </nav>
  );
}
