import Link from "next/link";

/** Rendered with status 403 when a signed-in user opens a page their role may not see. */
export default function Forbidden() {
  return (
    <main className="message-page">
      <h1>This page is for teachers</h1>
      <p>Your account cannot open it. If you teach a class, sign up for a teacher account.</p>
      <Link href="/" className="button button-primary">
        Back to your home page
      </Link>
    </main>
  );
}
