import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getQuestion } from "@/db/queries/content";
import { requireTeacher } from "@/server/auth/guards";
import { QuestionPreview } from "../_components/question-preview";

export const metadata: Metadata = { title: "Question preview" };

export default async function QuestionPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/questions/${id}`);
  const question = await getQuestion(await getDb(), id, { teacherId: teacher.id });
  if (!question) notFound();
  return (
    <main className="stack">
      <p>
        <Link href="/teach/questions">← Question bank</Link>
      </p>
      <p className="notice">Preview: this is what a student sees. Answers here are not recorded.</p>
      <QuestionPreview question={question} />
    </main>
  );
}
