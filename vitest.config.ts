import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: pure unit tests for lib/, and database tests that run every query file on PGlite
// and (when TEST_DATABASE_URL is set) on a Postgres server.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Explicit, not Vitest's 5 s default: the slowest unit test takes under 1 s on a quiet
          // machine, and a busy 2-core one can be many times slower. Property tests set their own.
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          // PGlite boots a WASM Postgres per file; give the first migration room, and a busy
          // machine several times the quiet figure (most tests < 1 s, hooks a few seconds).
          // Tests that open a database on disk or seed the whole bank set their own budget.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
