import type { Metadata } from "next";
import { JoinClassForm } from "@/app/study/_components/join-class-form";
import { requireUser } from "@/server/auth/guards";
import { normalizeJoinCode } from "@/lib/teaching/join-code";

export const metadata: Metadata = { title: "Join a class" };

/**
 * A join link. It asks for a tap rather than joining on open, so a link preview or a prefetch
 * never enrols anyone; the code is checked when the student confirms.
 */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requireUser(`/join/${code}`);
  return (
    <main className="stack auth-page">
      <h1>Join a class</h1>
      <p>Your teacher shared this code with you. Check it and join.</p>
      <JoinClassForm code={normalizeJoinCode(decodeURIComponent(code)).slice(0, 12)} />
    </main>
  );
}
