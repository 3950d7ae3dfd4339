import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { createUser, EmailTakenError, findUserByEmail, findUserById } from "@/db/queries/users";
import { runMigrations } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { demoUsers } from "@/db/seed/demo-users";
import { selectRows } from "@/db/rows";
import { describeEachEngine } from "../support/test-databases";

describeEachEngine("users", (ctx) => {
  it("stores emails lower-cased and finds them whatever the case", async () => {
    const created = await createUser(ctx.db(), {
      email: "  Mixed.Case@Example.COM ",
      name: " Ana ",
      role: "student",
      passwordHash: "x",
    });
    expect(created.email).toBe("mixed.case@example.com");
    expect(created.name).toBe("Ana");
    expect((await findUserByEmail(ctx.db(), "MIXED.case@example.com"))?.id).toBe(created.id);
    expect(await findUserById(ctx.db(), created.id)).toEqual(created);
  });

  it("refuses a second account with the same email and writes nothing", async () => {
    await createUser(ctx.db(), { email: "dup@example.com", name: "One", role: "student", passwordHash: "x" });
    await expect(
      createUser(ctx.db(), { email: "DUP@example.com", name: "Two", role: "teacher", passwordHash: "y" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
    const rows = await selectRows<{ n: number }>(ctx.db(), sql`select count(*)::int as n from users where email = 'dup@example.com'`);
    expect(rows[0]?.n).toBe(1);
  });

  it("gives one account and one refusal when two sign-ups race", async () => {
    const attempt = (name: string) =>
      createUser(ctx.db(), { email: "race@example.com", name, role: "student", passwordHash: "x" }).then(
        () => "created",
        (error: unknown) => (error instanceof EmailTakenError ? "taken" : "other"),
      );
    const outcomes = await Promise.all([attempt("A"), attempt("B")]);
    expect(outcomes.sort()).toEqual(["created", "taken"]);
  });

  // Seeds the whole question bank twice and hashes four passwords: ~6 s on a quiet machine.
  it("seeds the demo accounts once, however often it runs", { timeout: 120_000 }, async () => {
    const first = await seedDatabase(ctx.db(), { demoUsers: true });
    const second = await seedDatabase(ctx.db(), { demoUsers: true });
    expect(first.demoUsersCreated).toBe(demoUsers.length);
    expect(second.demoUsersCreated).toBe(0);
    const teacher = await findUserByEmail(ctx.db(), "teacher@demo.kizuna");
    expect(teacher?.role).toBe("teacher");
    expect(teacher?.passwordHash).toMatch(/^\$2[aby]\$10\$/);
  });

  it("applies migrations idempotently", async () => {
    await runMigrations(ctx.handle(), ctx.url());
    await runMigrations(ctx.handle(), ctx.url());
    const rows = await selectRows<{ n: number }>(ctx.db(), sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
  });
});
