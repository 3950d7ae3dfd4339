/**
 * A user's own account: profile changes, the data export, deletion. Every function takes the
 * user id from the session (never from the form), so nobody can change or read another account.
 */
import { asc, eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import type { Db } from "../client";
import { isUniqueViolation } from "../errors";
import { classes, reviewLogs, users } from "../schema";
import { listMemoryStates } from "./memory-states";
import { getStudySettings } from "./study";
import { EmailTakenError, normalizeEmail } from "./users";

/** The stored password hash of a user, to check a "current password" field; null: no such user. */
export async function findPasswordHash(db: Db, params: { userId: string }): Promise<string | null> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, params.userId));
  return row?.hash ?? null;
}

export async function updateUserName(db: Db, params: { userId: string; name: string }): Promise<boolean> {
  const rows = await db.update(users).set({ name: params.name.trim() }).where(eq(users.id, params.userId)).returning({ id: users.id });
  return rows.length === 1;
}

/** A new email; another account's email is an EmailTakenError (the unique index decides races). */
export async function updateUserEmail(db: Db, params: { userId: string; email: string }): Promise<boolean> {
  try {
    const rows = await db
      .update(users)
      .set({ email: normalizeEmail(params.email) })
      .where(eq(users.id, params.userId))
      .returning({ id: users.id });
    return rows.length === 1;
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

export class TeacherHasClassesError extends DomainError {
  constructor(readonly classCount: number) {
    super(
      `You still teach ${classCount} class${classCount === 1 ? "" : "es"}. Hand ${classCount === 1 ? "it" : "each"} over to another teacher or delete ${classCount === 1 ? "it" : "them"} first (on the class page).`,
      "confirmation",
    );
    this.name = "TeacherHasClassesError";
  }
}

/**
 * Deletes the account and everything that is only its own (reviews, memory states, settings,
 * enrollments, quiz attempts, quiz sets, fitted parameters: all ON DELETE CASCADE). A teacher
 * with classes is refused: the students' class must not vanish with the teacher. The check and
 * the delete are one transaction, with the user row locked, so a class created meanwhile waits.
 */
export async function deleteUserAccount(db: Db, params: { userId: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, params.userId)).for("update");
    if (!user) return false;
    const [owned] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(classes)
      .where(eq(classes.teacherId, params.userId));
    if ((owned?.n ?? 0) > 0) throw new TeacherHasClassesError(owned?.n ?? 0);
    await tx.delete(users).where(eq(users.id, params.userId));
    return true;
  });
}

/** Version of the export's shape, so a reader can tell future changes apart. */
export const DATA_EXPORT_VERSION = 1;

/**
 * Everything Kizuna holds about a user's learning, as JSON: profile, study settings, every review
 * and every memory state. Only the caller's own rows; never a password hash.
 */
export async function exportUserData(db: Db, params: { userId: string; now: Date }) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, params.userId));
  if (!user) return null;
  const [settings, reviews, memory] = await Promise.all([
    getStudySettings(db, params.userId),
    db
      .select({
        id: reviewLogs.id,
        questionId: reviewLogs.questionId,
        reviewedAt: reviewLogs.reviewedAt,
        rating: reviewLogs.rating,
        correct: reviewLogs.correct,
        mode: reviewLogs.mode,
        answer: reviewLogs.answer,
        responseMs: reviewLogs.responseMs,
        assignmentId: reviewLogs.assignmentId,
        scheduledDays: reviewLogs.scheduledDays,
        stabilityAfter: reviewLogs.stabilityAfter,
        difficultyAfter: reviewLogs.difficultyAfter,
      })
      .from(reviewLogs)
      .where(eq(reviewLogs.userId, params.userId))
      .orderBy(asc(reviewLogs.reviewedAt), asc(reviewLogs.id)),
    listMemoryStates(db, { userId: params.userId }),
  ]);
  return {
    format: "kizuna-data-export",
    version: DATA_EXPORT_VERSION,
    exportedAt: params.now.toISOString(),
    user,
    settings,
    reviews,
    memoryStates: memory.map((m) => ({ key: m.key, introducedAt: m.introducedAt, ...(m.state ?? { state: "new" as const }) })),
  };
}
