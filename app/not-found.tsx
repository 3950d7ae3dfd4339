import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** 404: no such page, or one the user may not see (the same answer, so ids cannot be probed). */
export default function NotFound() {
  return (
    <main className="message-page">
      <h1>Page not found</h1>
      <p>That page does not exist, or it is not yours to see.</p>
      <Link href="/" className="button button-primary">
        Back to your home page
      </Link>
    </main>
  );
}
