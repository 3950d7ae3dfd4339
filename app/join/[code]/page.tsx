import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/app/study/_components/join-class-form";
import { currentUser } from "@/server/auth/guards";
import { joinCodeFromLink } from "@/lib/teaching/join-code";

export const metadata: Metadata = { title: "Join a class" };

/**
 * A join link. It asks for a tap rather than joining on open, so a link preview or a prefetch
 * never enrols anyone; the code is checked when the student confirms. Someone without an account
 * (or signed out) is offered both ways in, and either brings them back here with the code kept.
 */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: show it as typed; the code check says what is wrong.
  }
  const code = joinCodeFromLink(decoded);
  const user = await currentUser();
  if (!user) {
    const back = encodeURIComponent(`/join/${encodeURIComponent(code)}`);
    return (
      <main className="stack auth-page">
        <h1>Join a class</h1>
        <p>
          Your teacher shared the class code <strong>{code}</strong>. Create a student account or sign in, and you come back here to join.
        </p>
        <Link href={`/sign-up?callbackUrl=${back}`} className="button button-primary button-block">
          Create a student account
        </Link>
        <Link href={`/sign-in?callbackUrl=${back}`} className="button button-block">
          I have an account: sign in
        </Link>
      </main>
    );
  }
  return (
    <main className="stack auth-page">
      <h1>Join a class</h1>
      <p>Your teacher shared this code with you. Check it and join.</p>
      <JoinClassForm code={code} />
    </main>
  );
}
