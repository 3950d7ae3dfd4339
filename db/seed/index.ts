/**
 * Start-up seeding: idempotent, so every start may run it. Creates the demo accounts that do not
 * exist yet (each password hashed only when needed).
 */
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "../client";
import { createUser, EmailTakenError, listExistingEmails } from "../queries/users";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";

export interface SeedReport {
  demoUsersCreated: number;
  demoUsers: typeof demoUsers;
}

export async function seedDatabase(db: Db, options: { demoUsers: boolean }): Promise<SeedReport> {
  let created = 0;
  if (options.demoUsers) {
    const existing = await listExistingEmails(db, demoUsers.map((u) => u.email));
    for (const user of demoUsers.filter((u) => !existing.has(u.email))) {
      try {
        await createUser(db, { ...user, passwordHash: await hashPassword(DEMO_PASSWORD) });
        created++;
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error; // another instance seeded it first
      }
    }
  }
  return { demoUsersCreated: created, demoUsers: options.demoUsers ? demoUsers : [] };
}
