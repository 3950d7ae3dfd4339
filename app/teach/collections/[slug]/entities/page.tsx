import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getOwnedCollection } from "@/db/queries/collections";
import { entityUses } from "@/lib/collections/references";
import { collectionSlugSchema } from "@/lib/collections/schema";
import { requireTeacher } from "@/server/auth/guards";
import { DeleteReferenceButton, EntityForm } from "../../_components/reference-forms";

export const metadata: Metadata = { title: "People, places and organisations" };

export default async function EntitiesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const teacher = await requireTeacher(`/teach/collections/${slug}/entities`);
  if (!collectionSlugSchema.safeParse(slug).success) notFound();
  // Only the owner edits: anyone else gets the same 404 as for a collection that does not exist.
  const collection = await getOwnedCollection(await getDb(), { slug, ownerId: teacher.id });
  if (!collection) notFound();
  const { document } = collection;
  const name = new Map(document.entities.map((e) => [e.id, e.name]));
  const countries = document.entities.filter((e) => e.kind === "country").map((e) => ({ id: e.id, name: e.name }));
  const sorted = [...document.entities].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <main className="stack wide">
      <p>
        <Link href={`/teach/collections/${slug}`}>← {collection.title}</Link>
      </p>
      <h1>People, places and organisations</h1>
      <p className="lead">
        Who and where your events are about. Questions offer entries of the same kind as wrong answers, so give each its right kind.
      </p>
      <section className="card stack" aria-labelledby="new-entity-title">
        <h2 id="new-entity-title">Add an entry</h2>
        <EntityForm slug={slug} countries={countries} />
      </section>
      <section className="stack" aria-labelledby="entities-title">
        <h2 id="entities-title">
          {document.entities.length} entr{document.entities.length === 1 ? "y" : "ies"}
        </h2>
        {document.entities.length === 0 && <p className="muted">None yet.</p>}
        <ul className="reference-list stack">
          {sorted.map((e) => {
            const uses = entityUses(document, e.id).length;
            return (
              <li key={e.id} className="card stack reference-item">
                <h3>{e.name}</h3>
                <p className="muted">
                  {e.kind}
                  {e.role && ` · ${e.role}`}
                  {e.country && ` · ${name.get(e.country) ?? e.country}`} · used {uses} time{uses === 1 ? "" : "s"}
                </p>
                <details className="disclosure">
                  <summary>
                    Edit<span className="visually-hidden"> {e.name}</span>
                  </summary>
                  <EntityForm
                    slug={slug}
                    countries={countries}
                    entity={{
                      id: e.id,
                      name: e.name,
                      kind: e.kind,
                      aliases: e.aliases.join("; "),
                      role: e.role ?? "",
                      group: e.group ?? "",
                      country: e.country ?? "",
                      memberOf: e.memberOf.map((m) => name.get(m) ?? m).join("; "),
                      nouns: e.nouns.join("; "),
                      traits: e.traits.join("; "),
                      description: e.description ?? "",
                    }}
                  />
                  <DeleteReferenceButton slug={slug} id={e.id} label={e.name} kind="entity" />
                </details>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}
