/**
 * A card's learning phase. The database stores the phase as a number, the index in
 * {@link CARD_STATES}, which is also ts-fsrs' `State` (New = 0 … Relearning = 3).
 */

/** Every phase, in ts-fsrs `State` order: the index is the number stored in `item_states.state`. */
export const CARD_STATES = ["new", "learning", "review", "relearning"] as const;

/** A card's learning phase (ts-fsrs `State`, by name). */
export type CardStateName = (typeof CARD_STATES)[number];

/** The number stored for a phase (ts-fsrs `State`). */
export function toCardStateNumber(name: CardStateName): number {
  return CARD_STATES.indexOf(name);
}

/** The phase of a stored number; "new" for a number outside 0–3 (the schema's CHECK forbids one). */
export function toCardStateName(value: number): CardStateName {
  return CARD_STATES[value] ?? "new";
}
