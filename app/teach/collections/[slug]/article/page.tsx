import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { getDb } from "@/db";
import { getOwnedCollection } from "@/db/queries/collections";
import { collectionSlugSchema } from "@/lib/collections/schema";
import { requireTeacher } from "@/server/auth/guards";
import { ArticleImport } from "../../_components/article-import";

export const metadata: Metadata = { title: "Events from an article" };

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const teacher = await requireTeacher(`/teach/collections/${slug}/article`);
  if (!collectionSlugSchema.safeParse(slug).success) notFound();
  // Only the owner adds events: anyone else gets the same 404 as for a collection that does not exist.
  const collection = await getOwnedCollection(await getDb(), { slug, ownerId: teacher.id });
  if (!collection) notFound();
  // The extractor's first call pays about a second for compromise's and chrono's set-up. Paid
  // here, after this page is sent and while the teacher pastes, rather than at server start: the
  // libraries hold tens of MiB that a server whose teachers never import an article should not keep.
  after(async () => (await import("@/lib/extraction/article")).warmUpExtraction());
  return (
    <main className="stack wide">
      <p>
        <Link href={`/teach/collections/${slug}`}>← {collection.title}</Link>
      </p>
      <h1>Events from an article</h1>
      <p className="lead">
        Paste an article: each sentence with a date becomes a candidate event. Accept, edit or reject each one; nothing is saved until you
        accept it, and accepted events cite the article.
      </p>
      <ArticleImport slug={slug} />
    </main>
  );
}
