/**
 * Where to send a user after sign-in. Only same-site paths are allowed: "/study" yes,
 * "https://evil.example" or "//evil.example" no (an open redirect would make our sign-in page a
 * phishing tool).
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return null;
  }
  // A control character cannot go into a Location header (Node throws: a 500), nor anything else.
  if ([...value].some((char) => char < " " || char === "\u007f")) return null;
  if (value.startsWith("/sign-in") || value.startsWith("/sign-up") || value.startsWith("/api/")) return null;
  return value;
}

/** The sign-in page, coming back to `returnTo` (a same-site path) afterwards. */
export function signInPath(returnTo?: string): string {
  return returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in";
}
