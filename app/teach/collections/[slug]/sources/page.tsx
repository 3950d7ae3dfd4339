import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getOwnedCollection } from "@/db/queries/collections";
import { sourceUses } from "@/lib/collections/references";
import { collectionSlugSchema } from "@/lib/collections/schema";
import { requireTeacher } from "@/server/auth/guards";
import { DeleteReferenceButton, SourceForm } from "../../_components/reference-forms";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const teacher = await requireTeacher(`/teach/collections/${slug}/sources`);
  if (!collectionSlugSchema.safeParse(slug).success) notFound();
  // Only the owner edits: anyone else gets the same 404 as for a collection that does not exist.
  const collection = await getOwnedCollection(await getDb(), { slug, ownerId: teacher.id });
  if (!collection) notFound();
  const { document } = collection;
  return (
    <main className="stack wide">
      <p>
        <Link href={`/teach/collections/${slug}`}>← {collection.title}</Link>
      </p>
      <h1>Sources</h1>
      <p className="lead">The articles and documents your events cite. Every event names at least one.</p>
      <section className="card stack" aria-labelledby="new-source-title">
        <h2 id="new-source-title">Add a source</h2>
        <SourceForm slug={slug} />
      </section>
      <section className="stack" aria-labelledby="sources-title">
        <h2 id="sources-title">
          {document.sources.length} source{document.sources.length === 1 ? "" : "s"}
        </h2>
        {document.sources.length === 0 && <p className="muted">None yet.</p>}
        <ul className="reference-list stack">
          {document.sources.map((s) => {
            const uses = sourceUses(document, s.id).length;
            return (
              <li key={s.id} className="card stack reference-item">
                <h3>{s.title}</h3>
                <p className="muted">
                  {s.publisher} · {s.publishedOn} · cited by {uses} event{uses === 1 ? "" : "s"}
                  {s.url && (
                    <>
                      {" · "}
                      <a href={s.url} rel="noopener noreferrer nofollow">
                        link
                      </a>
                    </>
                  )}
                </p>
                <details className="disclosure">
                  <summary>
                    Edit<span className="visually-hidden"> {s.title}</span>
                  </summary>
                  <SourceForm
                    slug={slug}
                    source={{
                      id: s.id,
                      title: s.title,
                      publisher: s.publisher,
                      publishedOn: s.publishedOn,
                      url: s.url ?? "",
                      author: s.author ?? "",
                    }}
                  />
                  <DeleteReferenceButton slug={slug} id={s.id} label={s.title} kind="source" />
                </details>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}
