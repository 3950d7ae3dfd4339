import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { TopicFilter } from "@/components/content/topic-filter";
import { topicLabel } from "@/components/content/topic-label";
import { Skeleton, SkeletonCard, SkeletonLines } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { listTimeline, listTopics } from "@/db/queries/content";
import { requireUser } from "@/server/auth/guards";
import { EventCard } from "./_components/event-card";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/timeline");
  return (
    <main className="stack">
      <h1>Timeline</h1>
      <Suspense
        fallback={
          <Skeleton label="Loading the timeline…">
            <SkeletonLines count={2} />
            <SkeletonCard lines={2} />
            <SkeletonCard lines={2} />
            <SkeletonCard lines={2} />
          </Skeleton>
        }
      >
        <Timeline searchParams={searchParams} />
      </Suspense>
    </main>
  );
}

/** Topics and events: the queries the skeleton stands in for. */
async function Timeline({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { topic: rawTopic } = await searchParams;
  const db = await getDb();
  const topics = await listTopics(db);
  const topic = typeof rawTopic === "string" && topics.some((t) => t.topic === rawTopic) ? rawTopic : undefined;
  const timeline = await listTimeline(db, { topic });

  return (
    <>
      <p className="lead">
        {timeline.length} events{topic ? ` on ${topicLabel(topic)}` : ""}, in the order they happened, each with its source and its
        questions.
      </p>
      <TopicFilter topics={topics} active={topic} hrefFor={(t) => (t ? `/timeline?topic=${t}` : "/timeline")} />
      {topic && (
        <p>
          <Link href={`/study/practice?topic=${topic}`} className="button button-primary">
            Practise {topicLabel(topic)}
          </Link>
        </p>
      )}
      <ol className="timeline">
        {timeline.map((event) => (
          <EventCard key={event.slug} event={event} />
        ))}
      </ol>
    </>
  );
}
