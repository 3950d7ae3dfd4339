"use client";

import Link from "next/link";
import { errorDigest } from "@/components/ui/error-digest";

/**
 * Shown in place of a page that failed to render (inside the site header and layout). `retry`
 * fetches the page from the server again, which is what helps after a passing failure; the
 * reference lets a user quote the error and us find it in the log (onRequestError).
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error);
  return (
    <main className="message-page">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Try again in a moment.</p>
      {digest && (
        <p className="muted">
          If it keeps happening, report it with this reference: <code data-testid="error-digest">{digest}</code>
        </p>
      )}
      <div className="actions message-actions">
        <button type="button" className="button button-primary" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/" className="button">
          Back to your home page
        </Link>
      </div>
    </main>
  );
}
