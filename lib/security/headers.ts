/**
 * The security headers every response carries (proxy.ts sets them; next.config.js repeats the
 * static ones for the files the proxy does not see). Pure: the nonce and the scheme are passed in.
 */

/**
 * Content-Security-Policy with a per-request nonce, as Next's guide for nonces describes: Next
 * puts the nonce on its own inline and bundle scripts, and 'strict-dynamic' lets those load the
 * rest. No 'unsafe-inline' for scripts. Styles keep 'unsafe-inline': React renders `style`
 * attributes (progress bars, chart bars, drag-and-drop transforms), which a nonce cannot cover.
 * `worker-src 'self'` admits the service worker at /sw.js; `manifest-src 'self'` the web manifest.
 */
export function contentSecurityPolicy({ nonce, https, dev = false }: { nonce: string; https: boolean; dev?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's dev build evaluates source maps with eval(); never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Headers that do not change per request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Older browsers that do not read frame-ancestors.
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Only over https: a browser that saw it refuses plain http to this host for two years. */
export const HSTS_HEADER = { name: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" } as const;

/** A fresh nonce: 16 random bytes, base64. */
export function generateNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
