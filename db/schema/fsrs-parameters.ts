/**
 * Fitted FSRS parameter sets (issue 16). Every fit is stored, adopted or not, with the figures
 * that decided it: RMSE(bins) and log loss on held-out reviews for the set in use before ("before")
 * and for the new set ("after"). The scheduler uses the newest adopted set of the most specific
 * scope that applies (db/queries/fsrs-parameters.ts `resolveSchedulerParameters`).
 */
import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { PARAMETER_SCOPES } from "@/lib/domain";
import { classes } from "./teaching";
import { users } from "./users";

export const fsrsParameterSets = pgTable(
  "fsrs_parameter_sets",
  {
    id: uuid().primaryKey().defaultRandom(),
    scope: text({ enum: PARAMETER_SCOPES }).notNull(),
    /** The class of a class set; null otherwise. */
    classId: uuid().references(() => classes.id, { onDelete: "cascade" }),
    /** The student of a student set; null otherwise. */
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    /** The 21 FSRS-6 weights. */
    params: jsonb().$type<number[]>().notNull(),
    trainingItems: integer().notNull(),
    testItems: integer().notNull(),
    logLossBefore: doublePrecision(),
    logLossAfter: doublePrecision(),
    rmseBefore: doublePrecision(),
    rmseAfter: doublePrecision(),
    adopted: boolean().notNull(),
    /** Why it was adopted or not, in words (shown to teachers). */
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fsrs_parameter_sets_lookup_idx").on(t.scope, t.classId, t.userId, t.createdAt),
    check(
      "fsrs_parameter_sets_scope_owner",
      sql`(${t.scope} = 'global' and ${t.classId} is null and ${t.userId} is null)
        or (${t.scope} = 'class' and ${t.classId} is not null and ${t.userId} is null)
        or (${t.scope} = 'student' and ${t.userId} is not null and ${t.classId} is null)`,
    ),
  ],
);

export type FsrsParameterSet = typeof fsrsParameterSets.$inferSelect;
