import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { USER_ROLES } from "@/lib/domain";

export const userRole = pgEnum("user_role", USER_ROLES);
/** Re-exported for the query modules that read roles with the rows (the one definition is lib/domain). */
export type { UserRole } from "@/lib/domain";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased and trimmed: the unique index is what stops a duplicate sign-up race. */
    email: text().notNull(),
    name: text().notNull(),
    role: userRole().notNull(),
    passwordHash: text().notNull(),
    /**
     * Stored in each session cookie at sign-in; a cookie with an older number is signed out.
     * "Sign out everywhere" and a password change add one (server/auth/session-check.ts).
     */
    sessionVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), check("users_email_lowercase", sql`${t.email} = lower(${t.email})`)],
);

export type User = typeof users.$inferSelect;

/**
 * Sessions ended by a sign-out before their cookie expires: a replayed copy of that cookie is
 * refused. A row is only needed until the cookie would have expired anyway (`expiresAt`).
 */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_at_idx").on(t.expiresAt)],
);
export type NewUser = typeof users.$inferInsert;
