/**
 * Quiz sets: an ordered list of bank questions owned by one teacher. Writes check ownership in
 * the same statement (or transaction) that changes the rows; a set never becomes empty.
 */
import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import { pickSetQuestions } from "@/lib/questions/pick-set";
import type { Question } from "@/lib/questions/types";
import type { Db } from "../client";
import { assignments, questions, quizSetItems, quizSets } from "../schema";
import { recountAssignmentStats } from "./dashboard/aggregates";
import { listFlaggedQuestionIds } from "./question-flags";
import { selectReadableCollectionSlugs } from "./collections";

/** One of a teacher's sets: both ids, so neither can be passed in the other's place. */
export interface TeacherSetKey {
  teacherId: string;
  setId: string;
}

export interface TeacherSet {
  id: string;
  name: string;
  updatedAt: Date;
  questions: number;
  assignments: number;
}

export async function listTeacherSets(db: Db, teacherId: string): Promise<TeacherSet[]> {
  return db
    .select({
      id: quizSets.id,
      name: quizSets.name,
      updatedAt: quizSets.updatedAt,
      questions: sql<number>`(select count(*)::int from ${quizSetItems} where ${quizSetItems.setId} = ${quizSets.id})`,
      assignments: sql<number>`(select count(*)::int from ${assignments} where ${assignments.setId} = ${quizSets.id})`,
    })
    .from(quizSets)
    .where(eq(quizSets.teacherId, teacherId))
    .orderBy(desc(quizSets.updatedAt));
}

export async function getTeacherSet(
  db: Db,
  { teacherId, setId }: TeacherSetKey,
): Promise<{ id: string; name: string; items: Question[] } | null> {
  const [set] = await db
    .select({ id: quizSets.id, name: quizSets.name })
    .from(quizSets)
    .where(and(eq(quizSets.id, setId), eq(quizSets.teacherId, teacherId)));
  if (!set) return null;
  const items = await db
    .select({ payload: questions.payload })
    .from(quizSetItems)
    .innerJoin(questions, eq(questions.id, quizSetItems.questionId))
    .where(eq(quizSetItems.setId, setId))
    .orderBy(asc(quizSetItems.position));
  return { ...set, items: items.map((i) => i.payload) };
}

/** The ids among `ids` of active questions from collections the teacher may read. */
async function filterActiveQuestionIds(db: Db, ids: string[], teacherId: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(
      and(
        inArray(questions.id, ids),
        isNull(questions.retiredAt),
        sql`${questions.collection} in ${selectReadableCollectionSlugs(teacherId)}`,
      ),
    );
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

/** Create a set with these questions (in this order). Empty or unknown question lists are refused. */
export async function createSet(
  db: Db,
  { teacherId, name, questionIds }: { teacherId: string; name: string; questionIds: string[] },
): Promise<string> {
  const ids = [...new Set(questionIds)];
  const known = await filterActiveQuestionIds(db, ids, teacherId);
  if (known.length === 0) throw new DomainError("A set needs at least one question.", "count");
  if (known.length !== ids.length) throw new DomainError("Some of those questions no longer exist. Reload and try again.");
  return db.transaction(async (tx) => {
    const [set] = await tx.insert(quizSets).values({ teacherId, name }).returning({ id: quizSets.id });
    if (!set) throw new Error("insert returned nothing");
    await tx.insert(quizSetItems).values(known.map((questionId, position) => ({ setId: set.id, questionId, position })));
    return set.id;
  });
}

/**
 * "N questions on topic X": the topic's questions in study order (types interleaved), first N,
 * leaving out the questions the teacher has flagged.
 */
export async function pickTopicQuestions(
  db: Db,
  { teacherId, topic, count }: { teacherId: string; topic: string; count: number },
): Promise<string[]> {
  // Flagged questions: the teacher's open flags never go into a new set (db/queries/question-flags.ts).
  const flagged = await listFlaggedQuestionIds(db, { teacherId });
  const rows = await db
    .select({ payload: questions.payload })
    .from(questions)
    .where(
      and(
        isNull(questions.retiredAt),
        eq(questions.collection, BUILTIN_COLLECTION),
        sql`${questions.tags} @> array[${topic}]::text[]`,
        ...(flagged.length > 0 ? [notInArray(questions.id, flagged)] : []),
      ),
    )
    .orderBy(asc(questions.position));
  // Core first, details capped, and no question that gives away another's answer (lib/questions/pick-set.ts).
  return pickSetQuestions(
    rows.map((r) => r.payload),
    count,
  ).map((q) => q.id);
}

/**
 * Replace a set's questions and their order (add, remove, reorder are all this). Ownership first:
 * another teacher's set is false before any rule about the questions is looked at.
 */
export async function replaceSetItems(
  db: Db,
  { teacherId, setId, questionIds }: TeacherSetKey & { questionIds: string[] },
): Promise<boolean> {
  const ids = [...new Set(questionIds)];
  return db.transaction(async (tx) => {
    const owned = await tx
      .update(quizSets)
      .set({ updatedAt: sql`now()` })
      .where(and(eq(quizSets.id, setId), eq(quizSets.teacherId, teacherId)))
      .returning({ id: quizSets.id });
    if (owned.length === 0) return false;
    // A refusal below rolls the timestamp back with the rest.
    if (ids.length === 0) throw new DomainError("A set needs at least one question: delete the set instead.");
    const known = await filterActiveQuestionIds(tx, ids, teacherId);
    if (known.length !== ids.length) throw new DomainError("Some of those questions no longer exist. Reload and try again.");
    const before = new Set(
      (await tx.select({ id: quizSetItems.questionId }).from(quizSetItems).where(eq(quizSetItems.setId, setId))).map((r) => r.id),
    );
    await tx.delete(quizSetItems).where(eq(quizSetItems.setId, setId));
    await tx.insert(quizSetItems).values(ids.map((questionId, position) => ({ setId, questionId, position })));
    // A question new to the set counts the reviews already given since each of its assignments was made.
    const added = ids.filter((id) => !before.has(id));
    if (added.length > 0) {
      const assigned = await tx.select({ id: assignments.id }).from(assignments).where(eq(assignments.setId, setId));
      await recountAssignmentStats(tx as unknown as Db, { assignmentIds: assigned.map((a) => a.id), questionIds: added });
    }
    return true;
  });
}

export async function renameSet(db: Db, { teacherId, setId, name }: TeacherSetKey & { name: string }): Promise<boolean> {
  const rows = await db
    .update(quizSets)
    .set({ name, updatedAt: sql`now()` })
    .where(and(eq(quizSets.id, setId), eq(quizSets.teacherId, teacherId)))
    .returning({ id: quizSets.id });
  return rows.length === 1;
}

export async function duplicateSet(db: Db, { teacherId, setId }: TeacherSetKey): Promise<string | null> {
  const original = await getTeacherSet(db, { teacherId, setId });
  if (!original) return null;
  return createSet(db, { teacherId, name: `Copy of ${original.name}`.slice(0, 100), questionIds: original.items.map((q) => q.id) });
}

/**
 * Delete a set; refused while a class has it assigned (its results hang on it). Ownership is
 * checked first, in the same transaction: another teacher's set is "not found" (false) whatever
 * its state, so the refusal below never tells anyone else that the set exists.
 */
export async function deleteSet(db: Db, { teacherId, setId }: TeacherSetKey): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ id: quizSets.id })
      .from(quizSets)
      .where(and(eq(quizSets.id, setId), eq(quizSets.teacherId, teacherId)))
      .for("update");
    if (!owned) return false;
    const [inUse] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(assignments)
      .where(eq(assignments.setId, setId));
    if ((inUse?.n ?? 0) > 0) throw new DomainError("This set is assigned to a class. Remove the assignment first.");
    await tx.delete(quizSets).where(eq(quizSets.id, setId));
    return true;
  });
}
