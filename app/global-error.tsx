"use client";

import { errorDigest } from "@/components/ui/error-digest";

/**
 * Last resort: the root layout itself failed, so this replaces the whole document (its own
 * <html> and <body>, no global stylesheet, hence the few inline styles). Same content as
 * app/error.tsx: what happened, try again, the way home, and the reference to quote.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error);
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0, padding: "3rem 1rem", textAlign: "center", color: "#17202a" }}>
        <title>Something went wrong · Kizuna</title>
        <main>
          <h1>Something went wrong</h1>
          <p>Kizuna could not be shown just now. Try again in a moment.</p>
          {digest && (
            <p>
              If it keeps happening, report it with this reference: <code>{digest}</code>
            </p>
          )}
          <p>
            <button type="button" onClick={() => retry()} style={{ minHeight: 44, padding: "0 1.25rem", fontSize: "1rem" }}>
              Try again
            </button>{" "}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load on purpose: the client router may be what failed */}
            <a href="/" style={{ display: "inline-block", minHeight: 44, lineHeight: "44px", padding: "0 1rem" }}>
              Back to your home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
