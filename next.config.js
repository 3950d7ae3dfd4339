/** The route proxy.ts does not run for (its matcher): its security headers are set below. */
export const API_WITHOUT_PROXY = "/api/reviews";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm/.data files relative to its own module, and postgres.js is Node-only:
  // both must be required at run time, not bundled.
  // rate-limiter-flexible loads drizzle-orm with a run-time import() that a bundler cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "rate-limiter-flexible", "@open-spaced-repetition/binding"],
  // forbidden() renders app/forbidden.tsx with a real 403 status (student on a teacher page).
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // The static security headers on every file, including those proxy.ts does not see (Next's
  // bundles); proxy.ts adds them, with the CSP and its nonce, to everything else. The values are
  // lib/security/headers.ts's, repeated here because this file is loaded before TypeScript.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // The review post skips the proxy (proxy.ts's matcher says why), so the rest of its headers
      // come from here. A JSON answer loads nothing: its CSP allows nothing.
      {
        source: API_WITHOUT_PROXY,
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        source: API_WITHOUT_PROXY,
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
  // `npm start` builds to run the app, not to check it: its build skips the type check (a minute
  // or more of a first start). `npm run build`, `npm test` and CI still check (`npm run typecheck`).
  typescript: { ignoreBuildErrors: process.env.KIZUNA_BUILD_FOR_START === "1" },
  // `npm test` builds into its own folder so it never replaces the build a running `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
