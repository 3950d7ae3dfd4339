import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Study" };

export default async function StudentHomePage() {
  const user = await requireUser("/study");
  return (
    <main className="stack">
      <h1>Welcome, {user.name}</h1>
      <p className="lead">Your study home.</p>
    </main>
  );
}
