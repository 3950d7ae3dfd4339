import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getOwnedCollection } from "@/db/queries/collections";
import { collectionSlugSchema } from "@/lib/collections/schema";
import { requireTeacher } from "@/server/auth/guards";
import { EMPTY_EVENT } from "../../../_components/event-fields";
import { NewEventForm } from "../../../_components/edit-forms";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const teacher = await requireTeacher(`/teach/collections/${slug}/events/new`);
  if (!collectionSlugSchema.safeParse(slug).success) notFound();
  // Only the owner adds events: anyone else gets the same 404 as for a collection that does not exist.
  const collection = await getOwnedCollection(await getDb(), { slug, ownerId: teacher.id });
  if (!collection) notFound();
  const { sources, entities } = collection.document;
  const byKind = (kinds: string[]) =>
    entities
      .filter((e) => kinds.includes(e.kind))
      .map((e) => e.name)
      .join("; ");
  const people = byKind(["person", "organisation", "programme", "ship"]);
  const places = byKind(["country", "city", "place"]);

  return (
    <main className="stack wide">
      <p>
        <Link href={`/teach/collections/${slug}`}>← {collection.title}</Link>
      </p>
      <h1>New event</h1>
      <p className="lead">
        An event in your own words, and its first fact: the question students are asked. Preview the questions it makes before you save; add
        more facts on the collection page afterwards.
      </p>
      {sources.length === 0 ? (
        <section className="card stack">
          <p>
            An event cites a source, and this collection has none yet.{" "}
            <Link href={`/teach/collections/${slug}/sources`}>Add a source first</Link>, then come back.
          </p>
        </section>
      ) : (
        <>
          <details className="disclosure card">
            <summary>Names you can use ({entities.length})</summary>
            {entities.length === 0 ? (
              <p>
                None yet. <Link href={`/teach/collections/${slug}/entities`}>Add people, places and organisations</Link> to name them in an
                event or use them as answers.
              </p>
            ) : (
              <dl className="name-list">
                {people && (
                  <>
                    <dt>People and organisations</dt>
                    <dd>{people}</dd>
                  </>
                )}
                {places && (
                  <>
                    <dt>Places</dt>
                    <dd>{places}</dd>
                  </>
                )}
              </dl>
            )}
            <p>
              <Link href={`/teach/collections/${slug}/entities`}>Add or edit names</Link>
            </p>
          </details>
          <NewEventForm
            slug={slug}
            initial={{ ...EMPTY_EVENT, sourceId: sources.length === 1 ? (sources[0]?.id ?? "") : "" }}
            sources={sources.map((s) => ({ id: s.id, title: s.title }))}
            entities={entities.map((e) => ({ id: e.id, name: e.name }))}
          />
        </>
      )}
    </main>
  );
}
