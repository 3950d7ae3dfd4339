/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm/.data files relative to its own module, and postgres.js is Node-only:
  // both must be required at run time, not bundled.
  // rate-limiter-flexible loads drizzle-orm with a run-time import() that a bundler cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "rate-limiter-flexible"],
  // forbidden() renders app/forbidden.tsx with a real 403 status (student on a teacher page).
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // `npm test` builds into its own folder so it never replaces the build a running `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
