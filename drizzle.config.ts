import { defineConfig } from "drizzle-kit";

// Migrations are generated once from db/schema and applied at start-up to whichever engine runs
// (PGlite or a Postgres server): see db/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
