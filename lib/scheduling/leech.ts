/**
 * Leeches: cards a student keeps forgetting. Reviewing them more rarely helps; rereading the
 * source does. Eight lapses is Anki's default leech threshold. The study queue flags leeches
 * with {@link isLeech}; the progress page counts them in SQL with the same rule
 * (db/queries/card-rules.ts), checked against this one in tests/db/card-rules.test.ts.
 */
import type { CardState } from "./card-state";

/** Lapses (Again on a card in review) from which a card counts as a leech. */
export const LEECH_LAPSES = 8;

/** Whether a card has lapsed {@link LEECH_LAPSES} times or more. */
export function isLeech(state: Pick<CardState, "lapses">): boolean {
  return state.lapses >= LEECH_LAPSES;
}
