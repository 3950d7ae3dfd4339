import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { searchQuestionBank } from "@/db/queries/content";
import { requireTeacher } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Teach" };

export default async function TeacherHomePage() {
  const teacher = await requireTeacher("/teach");
  const bank = await searchQuestionBank(await getDb(), {}, { limit: 1, offset: 0 });
  return (
    <main className="stack">
      <h1>Teacher home</h1>
      <p className="lead">Welcome, {teacher.name}.</p>
      <nav className="home-links" aria-label="Teaching">
        <Link href="/teach/questions" className="card home-link">
          <strong>Question bank</strong>
          <span className="muted">
            {bank.total} questions generated from the events. Filter by topic, type, event or difficulty and preview each one as a student sees it.
          </span>
        </Link>
        <Link href="/timeline" className="card home-link">
          <strong>Timeline</strong>
          <span className="muted">Every event in date order with its source article.</span>
        </Link>
      </nav>
    </main>
  );
}
