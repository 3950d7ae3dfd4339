import { eq, inArray } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { users, type NewUser, type User, type UserRole } from "../schema";

export type PublicUser = Pick<User, "id" | "email" | "name" | "role">;

const publicColumns = { id: users.id, email: users.email, name: users.name, role: users.role };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  return user;
}

export async function findUserById(db: Db, id: string): Promise<PublicUser | undefined> {
  const [user] = await db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1);
  return user;
}

/** A domain refusal about the email field, so a sign-up form shows it beside that field. */
export class EmailTakenError extends DomainError {
  constructor() {
    super("An account with this email already exists. Sign in instead?", "email");
    this.name = "EmailTakenError";
  }
}

/**
 * Insert a user. The unique index decides races: two sign-ups with one email give one row and
 * one EmailTakenError, never two accounts.
 */
export async function createUser(
  db: Db,
  input: { email: string; name: string; role: UserRole; passwordHash: string },
): Promise<PublicUser> {
  const values: NewUser = { ...input, email: normalizeEmail(input.email), name: input.name.trim() };
  const [created] = await db.insert(users).values(values).onConflictDoNothing({ target: users.email }).returning(publicColumns);
  if (!created) throw new EmailTakenError();
  return created;
}

export async function listExistingEmails(db: Db, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.email, emails.map(normalizeEmail)));
  return new Set(rows.map((r) => r.email));
}
