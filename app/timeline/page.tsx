import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { TopicFilter } from "@/components/content/topic-filter";
import { topicLabel } from "@/components/content/topic-label";
import { Skeleton, SkeletonCard, SkeletonLines } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { z } from "zod";
import { CollectionPicker } from "@/components/content/collection-picker";
import { listCollectionTimeline, listViewableCollections, type Viewer } from "@/db/queries/collection-views";
import { listTimeline, listTopics } from "@/db/queries/content";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import { requireUser } from "@/server/auth/guards";
import { EventCard } from "./_components/event-card";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/timeline");
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
        <Timeline viewer={{ id: user.id, role: user.role }} searchParams={searchParams} />
      </Suspense>
    </main>
  );
}

const slugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(60)
  .optional()
  .catch(undefined);

/** Topics and events: the queries the skeleton stands in for. */
async function Timeline({
  viewer,
  searchParams,
}: {
  viewer: Viewer;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { topic: rawTopic, collection: rawCollection } = await searchParams;
  const db = await getDb();
  const collections = await listViewableCollections(db, { viewer });
  const requested = slugParam.parse(typeof rawCollection === "string" ? rawCollection : undefined);
  // An unknown collection, or one the viewer may not see, shows the built-in timeline (as a stale bookmark would).
  const collection = collections.find((c) => c.slug === requested && c.slug !== BUILTIN_COLLECTION)?.slug;
  const own = collection ? await listCollectionTimeline(db, { slug: collection, viewer }) : null;
  const topics = own ? own.topics : await listTopics(db);
  const topic = typeof rawTopic === "string" && topics.some((t) => t.topic === rawTopic) ? rawTopic : undefined;
  const timeline = own ? own.events.filter((e) => !topic || e.tags.includes(topic)) : await listTimeline(db, { topic });
  const hrefFor = (t?: string) => {
    const params = new URLSearchParams();
    if (collection) params.set("collection", collection);
    if (t) params.set("topic", t);
    return params.size > 0 ? `/timeline?${params}` : "/timeline";
  };

  return (
    <>
      <CollectionPicker collections={collections} active={collection ?? BUILTIN_COLLECTION} action="/timeline" />
      <p className="lead">
        {timeline.length} event{timeline.length === 1 ? "" : "s"}
        {own ? ` of “${own.title}”` : ""}
        {topic ? ` on ${topicLabel(topic)}` : ""}, in the order they happened, each with its source and its questions.
      </p>
      <TopicFilter topics={topics} active={topic} hrefFor={hrefFor} />
      {topic && !own && (
        <p>
          <Link href={`/study/practice?topic=${topic}`} className="button button-primary">
            Practise {topicLabel(topic)}
          </Link>
        </p>
      )}
      <ol className="timeline">
        {timeline.map((event) => (
          <EventCard key={event.slug} event={event} topicHref={(t) => hrefFor(t)} practise={!own} />
        ))}
      </ol>
    </>
  );
}
