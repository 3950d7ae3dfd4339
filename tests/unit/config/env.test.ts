import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "@/lib/config/env";

const secret = "s".repeat(40);

describe("readEnv", () => {
  it("defaults to the embedded database in ./.data/pglite", () => {
    const env = readEnv({ AUTH_SECRET: secret });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe("./.data/pglite");
    expect(env.SEED_DEMO).toBe("true");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(readEnv({ AUTH_SECRET: secret, DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every missing or bad variable and how to fix it", () => {
    let error: unknown;
    try {
      readEnv({ DATABASE_URL: "mysql://nope", SEED_DEMO: "yes" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain("AUTH_SECRET is required");
    expect(message).toContain("DATABASE_URL must be a postgres:// or postgresql:// connection URL");
    expect(message).toContain("SEED_DEMO");
    expect((error as EnvError).problems).toHaveLength(3);
  });

  it("rejects a short AUTH_SECRET with the command that makes a good one", () => {
    expect(() => readEnv({ AUTH_SECRET: "short" })).toThrow(/at least 32 characters.*openssl rand/);
  });
});
