/**
 * The reference Next gives an error thrown on the server (`digest`), which the error pages show
 * so a user can quote it; the same digest is in the server's log line (onRequestError).
 */
export function errorDigest(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
}
