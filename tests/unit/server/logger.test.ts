/**
 * The logger must never write a password, a hash, a cookie or the bound parameters of a query:
 * what it would write is captured from a logger built on an in-memory destination.
 */
import bcrypt from "bcryptjs";
import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createLogger, safeError } from "@/server/logger";

const email = "sophea.chan@example.org";
const hash = bcrypt.hashSync("correct horse battery", 4);
const query = 'insert into "users" ("email", "password_hash", "name") values ($1, $2, $3)';

/** A unique-violation as Postgres reports it: its detail names the email too. */
function duplicateEmail(): Error {
  return Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    code: "23505",
    detail: `Key (email)=(${email}) already exists.`,
  });
}

function captureLogger() {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) });
  return { logger, output: () => lines.join("") };
}

describe("safeError", () => {
  it("keeps a drizzle query error's query, code and cause but none of its parameters", () => {
    const error = new DrizzleQueryError(query, [email, hash, "Sophea"], duplicateEmail());
    // The raw error does carry them (which is why it must never be logged as is).
    expect(error.message).toContain(email);
    expect(error.stack).toContain(hash);

    const safe = safeError(error);
    const text = JSON.stringify(safe);
    expect(text).not.toContain(email);
    expect(text).not.toContain(hash);
    expect(text).not.toContain("Sophea");
    expect(safe).toMatchObject({ type: "DrizzleQueryError", message: "Failed query", query });
    expect(safe.stack).toMatch(/^\s+at /);
    expect(safe.cause).toMatchObject({ code: "23505", message: expect.stringContaining("users_email_unique") });
  });

  it("cuts a parameter list repeated in another error's message", () => {
    const wrapped = new Error(`Failed query: ${query}\nparams: ${email},${hash}`);
    const text = JSON.stringify(safeError(wrapped));
    expect(text).toContain("Failed query");
    expect(text).not.toContain(email);
    expect(text).not.toContain(hash);
  });

  it("describes a thrown non-error briefly", () => {
    expect(safeError("x".repeat(500))).toEqual({ type: "string", message: "x".repeat(200) });
  });
});

describe("logger output", () => {
  it("writes a query error under err or error without its parameters", () => {
    const { logger, output } = captureLogger();
    const error = new DrizzleQueryError(query, [email, hash, "Sophea"], duplicateEmail());
    logger.error({ err: error, path: "/sign-up" }, "sign-up failed");
    logger.error({ error }, "again, under `error`");
    logger.error(error);
    const text = output();
    expect(text.trim().split("\n")).toHaveLength(3);
    expect(text).toContain("sign-up failed");
    expect(text).toContain("users_email_unique");
    expect(text).not.toContain(email);
    expect(text).not.toContain(hash);
  });

  it("redacts password, passwordHash and cookie keys, at the top level and nested", () => {
    const { logger, output } = captureLogger();
    logger.warn(
      {
        password: "pw-top-secret",
        passwordHash: hash,
        cookie: "authjs.session-token=abc.def.ghi",
        user: { email: "kept@example.org", password: "pw-nested-secret", passwordHash: hash },
        request: { headers: { cookie: "authjs.session-token=jkl.mno" } },
      },
      "something odd",
    );
    const line = JSON.parse(output()) as Record<string, unknown>;
    expect(line).toMatchObject({
      msg: "something odd",
      password: "[redacted]",
      passwordHash: "[redacted]",
      cookie: "[redacted]",
      user: { email: "kept@example.org", password: "[redacted]", passwordHash: "[redacted]" },
      request: { headers: { cookie: "[redacted]" } },
    });
    const text = output();
    for (const secret of ["pw-top-secret", "pw-nested-secret", hash, "abc.def.ghi", "jkl.mno"]) expect(text).not.toContain(secret);
  });
});
