/**
 * Fitted FSRS parameter sets: storing each fit, and choosing the set a student is scheduled with.
 */
import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { ParameterScope } from "@/lib/domain";
import { FORGETTING_CURVE } from "@/lib/scheduling";
import type { Db } from "../client";
import { selectRows } from "../rows";
import { classes, enrollments, fsrsParameterSets, type FsrsParameterSet } from "../schema";

/** The parameters a student is scheduled with: a fitted set, or ts-fsrs' defaults (`weights` null). */
export interface SchedulerParameters {
  weights: number[] | null;
  scope: ParameterScope | "default";
  setId: string | null;
}

export const DEFAULT_SCHEDULER_PARAMETERS: SchedulerParameters = { weights: null, scope: "default", setId: null };

/**
 * The where, order and limit that pick, from `fsrs_parameter_sets p`, the set a student is
 * scheduled with (`userId` an SQL expression: a parameter, or a column of an outer query). The one
 * definition of the choice: resolveSchedulerParameters and the dashboards' forgetting curves use it.
 */
function adoptedSetOf(userId: SQL, options: { ignoreStudentSets: boolean } = { ignoreStudentSets: false }): SQL {
  return sql`where p.adopted and (
               (p.scope = 'student' and p.user_id = ${userId} and not ${options.ignoreStudentSets})
            or (p.scope = 'class' and p.class_id in (select ${enrollments.classId} from ${enrollments} where ${enrollments.studentId} = ${userId}))
            or p.scope = 'global')
         order by case p.scope when 'student' then 0 when 'class' then 1 else 2 end, p.created_at desc, p.id
         limit 1`;
}

/**
 * The decay d (w20) of the forgetting curve the student `userId` (an SQL expression) forgets
 * along: their adopted set's w20, or the defaults' when they have none or it has no w20 — as
 * lib/scheduling's `forgettingCurveOf(resolveSchedulerParameters(...).weights)`.
 */
export function studentDecaySql(userId: SQL): SQL {
  return sql`coalesce((select (p.params ->> 20)::float8 from ${fsrsParameterSets} p ${adoptedSetOf(userId)}), ${FORGETTING_CURVE.decay}::float8)`;
}

/**
 * The most specific adopted set for this student: their own, else the newest adopted set of a
 * class they are in, else the newest global one, else the defaults. One indexed query; used
 * wherever the FSRS scheduler is built for a review (the review API, the queue's previews, the
 * forecast).
 */
export async function resolveSchedulerParameters(
  db: Db,
  params: {
    userId: string;
    /** Skip the student's own sets: what they would fall back to (a fit must beat it). */ ignoreStudentSets?: boolean;
  },
): Promise<SchedulerParameters> {
  const [row] = await selectRows<AdoptedSetRow>(db, adoptedSetQuery(params.userId, params.ignoreStudentSets ?? false));
  return row ? toSchedulerParameters(row) : DEFAULT_SCHEDULER_PARAMETERS;
}

/** A row of adoptedSetQuery. */
export interface AdoptedSetRow {
  id: string;
  scope: ParameterScope;
  params: number[] | string;
}

/** resolveSchedulerParameters's choice as one query (at most one row), also run inside the review post's single read. */
export function adoptedSetQuery(userId: string, ignoreStudentSets = false): SQL {
  return sql`select p.id, p.scope, p.params from ${fsrsParameterSets} p
         ${adoptedSetOf(sql`${userId}`, { ignoreStudentSets })}`;
}

export function toSchedulerParameters(row: AdoptedSetRow): SchedulerParameters {
  const weights = typeof row.params === "string" ? (JSON.parse(row.params) as number[]) : row.params;
  return { weights, scope: row.scope, setId: row.id };
}

export type NewParameterSet = Omit<typeof fsrsParameterSets.$inferInsert, "id" | "createdAt">;

export async function insertParameterSet(db: Db, set: NewParameterSet): Promise<FsrsParameterSet> {
  const [row] = await db.insert(fsrsParameterSets).values(set).returning();
  if (!row) throw new Error("parameter set not inserted");
  return row;
}

/** The newest adopted set of exactly this scope and owner (not a fallback); null if none. */
export async function findAdoptedParameterSet(
  db: Db,
  params: { scope: ParameterScope; classId?: string; userId?: string },
): Promise<FsrsParameterSet | null> {
  const [row] = await db
    .select()
    .from(fsrsParameterSets)
    .where(
      and(
        eq(fsrsParameterSets.adopted, true),
        eq(fsrsParameterSets.scope, params.scope),
        params.classId ? eq(fsrsParameterSets.classId, params.classId) : isNull(fsrsParameterSets.classId),
        params.userId ? eq(fsrsParameterSets.userId, params.userId) : isNull(fsrsParameterSets.userId),
      ),
    )
    .orderBy(desc(fsrsParameterSets.createdAt))
    .limit(1);
  return row ?? null;
}

/** A teacher's view of one of their classes' fits, newest first (the teacher id is in the query). */
export async function listClassParameterSets(db: Db, params: { teacherId: string; classId: string; limit?: number }) {
  return db
    .select({
      id: fsrsParameterSets.id,
      adopted: fsrsParameterSets.adopted,
      reason: fsrsParameterSets.reason,
      trainingItems: fsrsParameterSets.trainingItems,
      testItems: fsrsParameterSets.testItems,
      logLossBefore: fsrsParameterSets.logLossBefore,
      logLossAfter: fsrsParameterSets.logLossAfter,
      rmseBefore: fsrsParameterSets.rmseBefore,
      rmseAfter: fsrsParameterSets.rmseAfter,
      params: fsrsParameterSets.params,
      createdAt: fsrsParameterSets.createdAt,
    })
    .from(fsrsParameterSets)
    .innerJoin(classes, and(eq(classes.id, fsrsParameterSets.classId), eq(classes.teacherId, params.teacherId)))
    .where(eq(fsrsParameterSets.classId, params.classId))
    .orderBy(desc(fsrsParameterSets.createdAt))
    .limit(params.limit ?? 5);
}

/** What a scheduled fit run covers: classes with students, and students with at least `minReviews` reviews. */
export async function listFitCandidates(db: Db, params: { minStudentReviews: number }): Promise<{ classIds: string[]; userIds: string[] }> {
  const [classRows, userRows] = await Promise.all([
    db.selectDistinct({ id: enrollments.classId }).from(enrollments),
    selectRows<{ id: string }>(
      db,
      sql`select user_id as id from review_logs group by user_id having count(*) >= ${params.minStudentReviews} order by user_id`,
    ),
  ]);
  return { classIds: classRows.map((r) => r.id).sort(), userIds: userRows.map((r) => r.id) };
}
