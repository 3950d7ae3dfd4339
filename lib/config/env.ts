/**
 * Environment variables, validated once at start-up. A missing or bad value stops the server
 * with a message naming the variable and how to fix it, instead of failing later mid-request.
 */
import { z } from "zod";

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// connection URL");

export const envSchema = z.object({
  /** Postgres server to use. Unset → the embedded PGlite database in PGLITE_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Embedded database folder, or "memory://" for a throwaway in-memory database. */
  PGLITE_DIR: z.string().min(1).default("./.data/pglite"),
  /** Signs the session cookies (JWT). At least 32 characters; `openssl rand -base64 33` makes one. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -base64 33`)"),
  /** Create the demo teacher and students at start-up (on by default). */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  /** How many reverse proxies in front append to X-Forwarded-For (server/rate-limit/client-ip.ts). */
  TRUST_PROXY: z.coerce.number().int("must be a whole number of proxies, like 1").min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Kizuna cannot start: ${problems.length === 1 ? "an environment variable is" : "environment variables are"} missing or invalid.\n` +
        problems.map((p) => `  - ${p}`).join("\n") +
        "\nSee the README's 'Environment variables' section.",
    );
    this.name = "EnvError";
  }
}

/** Parse the given environment (process.env by default); throws EnvError listing every problem. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // Treat empty strings as unset: `DATABASE_URL= npm start` should mean "no server".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  throw new EnvError(
    parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const message = cleaned[name] === undefined && issue.code === "invalid_type" ? "is required" : issue.message;
      return `${name} ${message}`;
    }),
  );
}
