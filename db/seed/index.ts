/**
 * Start-up seeding: idempotent, so every start may run it. Loads the event dataset and its
 * question bank (skipped in one query when unchanged) and creates the demo accounts that do not
 * exist yet (each password hashed only when needed).
 */
import { hashPassword } from "@/lib/auth/password";
import { generateQuestionBank } from "@/lib/questions";
import type { Db } from "../client";
import { saveBuiltinCollection } from "../queries/collections";
import { createUser, EmailTakenError, listExistingEmails } from "../queries/users";
import { loadDataset } from "./dataset";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";
import { syncQuestionBank, type BankSyncReport } from "./question-bank";

export interface SeedReport {
  content: BankSyncReport;
  demoUsersCreated: number;
  demoUsers: typeof demoUsers;
}

export async function seedDatabase(db: Db, options: { demoUsers: boolean }): Promise<SeedReport> {
  const dataset = loadDataset();
  const bank = generateQuestionBank(dataset);
  // The built-in dataset is the public collection "japan-cambodia" (exported like any other).
  await saveBuiltinCollection(db, { dataset, questionCount: bank.length });
  const content = await syncQuestionBank(db, dataset, bank);
  let created = 0;
  if (options.demoUsers) {
    const existing = await listExistingEmails(
      db,
      demoUsers.map((u) => u.email),
    );
    for (const user of demoUsers.filter((u) => !existing.has(u.email))) {
      try {
        await createUser(db, { ...user, passwordHash: await hashPassword(DEMO_PASSWORD) });
        created++;
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error; // another instance seeded it first
      }
    }
  }
  return { content, demoUsersCreated: created, demoUsers: options.demoUsers ? demoUsers : [] };
}
