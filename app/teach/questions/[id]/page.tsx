import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getQuestion } from "@/db/queries/content";
import { getTeacherFlags } from "@/db/queries/question-flags";
import { requireTeacher } from "@/server/auth/guards";
import { FlagQuestion } from "../../_components/flag-question";
import { QuestionPreview } from "../_components/question-preview";

export const metadata: Metadata = { title: "Question preview" };

export default async function QuestionPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/questions/${id}`);
  const db = await getDb();
  const question = await getQuestion(db, id, { teacherId: teacher.id });
  if (!question) notFound();
  const flags = await getTeacherFlags(db, { teacherId: teacher.id, questionIds: [question.id] });
  return (
    <main className="stack">
      <p>
        <Link href="/teach/questions">← Question bank</Link>
      </p>
      <p className="notice">Preview: this is what a student sees. Answers here are not recorded.</p>
      <QuestionPreview question={question} />
      <FlagQuestion questionId={question.id} label={question.prompt} current={flags.get(question.id)} />
    </main>
  );
}
