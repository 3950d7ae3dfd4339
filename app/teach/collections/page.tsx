import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listReadableCollections } from "@/db/queries/collections";
import { requireTeacher } from "@/server/auth/guards";
import { CreateCollectionForm, UploadCollectionForm } from "./_components/collection-forms";

export const metadata: Metadata = { title: "Collections" };

export default async function CollectionsPage() {
  const teacher = await requireTeacher("/teach/collections");
  const collections = await listReadableCollections(await getDb(), { teacherId: teacher.id });
  const mine = collections.filter((c) => c.ownerId === teacher.id);
  const others = collections.filter((c) => c.ownerId !== teacher.id);
  const row = (c: (typeof collections)[number]) => (
    <li key={c.slug}>
      <Link href={`/teach/collections/${c.slug}`} className="row-link">
        <strong>{c.title}</strong>
        <span className="muted">
          {c.events} event{c.events === 1 ? "" : "s"} · {c.questions} question{c.questions === 1 ? "" : "s"} ·{" "}
          {c.ownerId === null
            ? "built in"
            : c.ownerId === teacher.id
              ? c.visibility
              : `by ${c.ownerName ?? "another teacher"}, ${c.visibility === "public" ? "public" : "shared with you"}`}
        </span>
      </Link>
    </li>
  );
  return (
    <main className="stack wide">
      <p>
        <Link href="/teach">← Teacher home</Link>
      </p>
      <h1>Collections</h1>
      <p className="lead">Events your questions come from: the built-in collection, yours, and those shared with you.</p>
      <section className="card stack" aria-labelledby="mine-title">
        <h2 id="mine-title">Your collections</h2>
        {mine.length === 0 ? (
          <p className="muted">None yet. Create one, upload a file, or paste an article into a new collection.</p>
        ) : (
          <ul className="row-list">{mine.map(row)}</ul>
        )}
        <details className="disclosure">
          <summary>Create a collection</summary>
          <CreateCollectionForm />
        </details>
        <details className="disclosure">
          <summary>Upload a JSON or CSV file</summary>
          <UploadCollectionForm />
        </details>
      </section>
      <section className="card stack" aria-labelledby="others-title">
        <h2 id="others-title">Other collections you can use</h2>
        <ul className="row-list">{others.map(row)}</ul>
      </section>
    </main>
  );
}
