import type { Metadata } from "next";
import { requireTeacher } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Teach" };

export default async function TeacherHomePage() {
  const teacher = await requireTeacher("/teach");
  return (
    <main className="stack">
      <h1>Teacher home</h1>
      <p className="lead">Welcome, {teacher.name}.</p>
    </main>
  );
}
