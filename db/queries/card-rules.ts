/**
 * Card-level rules written as SQL expressions, for the aggregates that must stay in the database
 * (the student's progress page and the teacher dashboard both read them). Each mirrors one rule of
 * lib/scheduling and takes its constants from there, so there is one definition of each:
 * predicted recall (`predictRecall`, the FSRS-6 forgetting curve) and leeches (`isLeech`).
 * tests/db/card-rules.test.ts checks that the SQL and the TypeScript agree on both engines.
 */
import { sql, type SQL } from "drizzle-orm";
import { FORGETTING_CURVE, LEECH_LAPSES, MIN_STABILITY } from "@/lib/scheduling";

/** The forgetting curve's d and f as SQL expressions (constants, or a column per student). */
export interface CurveSql {
  decay: SQL;
  factor: SQL;
}

/** The default FSRS-6 curve, as constants. */
export const DEFAULT_CURVE_SQL: CurveSql = {
  decay: sql`${FORGETTING_CURVE.decay}::float8`,
  factor: sql`${FORGETTING_CURVE.factor}::float8`,
};

/**
 * The curve of a decay d given as an SQL expression (a student's w20, db/queries/fsrs-parameters.ts
 * `studentDecaySql`): f = 0.9^(−1/d) − 1, rounded to 8 places as ts-fsrs's `computeDecayFactor`
 * rounds it, so SQL and TypeScript agree to the last digit.
 */
export function curveOfDecaySql(decay: SQL): CurveSql {
  return { decay, factor: sql`round((power(0.9::float8, -1.0 / ${decay}) - 1)::numeric, 8)::float8` };
}

/**
 * Predicted recall at `now` of the card aliased `card` (an `item_states` row): lib/scheduling's
 * `predictRecall`, R = (1 + f·t/S)^(−d) with t the fractional days since its last review (never
 * negative), on the default curve or on `curve` (a student's own). Only meaningful for reviewed
 * cards (reps > 0 and last_review set): callers filter, or count an unreviewed card as 0 themselves.
 */
export function buildRecallSql(now: Date, card = "c", curve: CurveSql = DEFAULT_CURVE_SQL): SQL {
  const c = sql.raw(card);
  const days = sql`greatest(extract(epoch from (${now.toISOString()}::timestamptz - ${c}.last_review)) / 86400.0, 0)`;
  return sql`power(1 + ${curve.factor} * ${days} / greatest(${c}.stability, ${MIN_STABILITY}::float8), -${curve.decay})`;
}

/** Whether the card aliased `card` is a leech: lib/scheduling's `isLeech`, lapses ≥ LEECH_LAPSES. */
export function buildIsLeechSql(card = "c"): SQL {
  return sql`(${sql.raw(card)}.lapses >= ${LEECH_LAPSES})`;
}
