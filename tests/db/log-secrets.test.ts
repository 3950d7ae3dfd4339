/**
 * A failed users insert, logged the way the action wrapper logs any unexpected error, must not
 * put the email, the bcrypt hash or the name in the log (drizzle's error message lists every
 * bound parameter). The insert fails for real on the database: a NUL byte that got past the
 * schema (the schema refuses it now, so the query is called directly), and a check violation.
 */
import crypto from "node:crypto";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { z } from "zod";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createActionClient, UNEXPECTED_ERROR_MESSAGE } from "@/server/actions/create-action-client";
import { createLogger } from "@/server/logger";
import { describeEachEngine } from "../support/test-databases";

describeEachEngine("logs keep no user data", (ctx) => {
  it("logs a failed users insert by its code and query, without the email, hash or name", async () => {
    let logged = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    });
    const defineAction = createActionClient({ currentUser: async () => null, logger: createLogger(sink) });
    const email = `secret-${crypto.randomUUID()}@t.kizuna`;
    const passwordHash = await hashPassword("a-password-nobody-should-see");
    const insertions = [
      // NUL in a text column: 22021 / 22P05 from the server, an encoding error from PGlite.
      () => createUser(ctx.db(), { email, name: "Dara\u0000Secret", role: "student", passwordHash }),
      // An upper-case email straight into the table: the users_email_lowercase check fails.
      () => ctx.db().insert(users).values({ email: email.toUpperCase(), name: "Dara Secret", role: "student", passwordHash }),
    ];
    for (const insert of insertions) {
      const signUp = defineAction({ name: "signUp", access: "anonymous", input: z.object({}) }, async () => {
        await insert();
      });
      expect(await signUp(new FormData())).toEqual({ message: UNEXPECTED_ERROR_MESSAGE, values: {} });
    }
    const lines = logged.trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const entry = JSON.parse(line) as { msg: string; action: string; err: { query?: string; message: string } };
      expect(entry).toMatchObject({ msg: "server action failed", action: "signUp" });
      expect(entry.err.query).toMatch(/insert into "users"/);
    }
    for (const secret of [email, email.toUpperCase(), passwordHash, passwordHash.slice(7), "Secret", "a-password-nobody"]) {
      expect(logged).not.toContain(secret);
    }
    const [row] = await selectRows<{ n: number }>(ctx.db(), sql`select count(*)::int as n from users where lower(email) = ${email}`);
    expect(row?.n).toBe(0); // and nothing was written
  });
});
