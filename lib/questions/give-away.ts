/**
 * The give-away rule over knowledge items: a question gives away an item when what it shows
 * (prompt, statement, cloze text, choices, exercise labels) names that item's answer. The bank
 * builder records these as each question's `reveals` (items.ts, from the facts); a session must
 * never show such a question while the item it gives away is still to come
 * (lib/study/session-plan.ts).
 */

/** What the rule needs of a card: its item and the items it gives away. */
export interface RevealingCard {
  itemId: string;
  reveals?: readonly string[];
}

/** Whether `shown` gives away the answer of `asked` (a different item). */
export function givesAway(shown: RevealingCard, asked: Pick<RevealingCard, "itemId">): boolean {
  return shown.itemId !== asked.itemId && (shown.reveals ?? []).includes(asked.itemId);
}

/** The first pair in a sequence where a card gives away an item still to come after it, if any. */
export function findGiveAway(sequence: readonly RevealingCard[]): { shown: number; revealed: number } | undefined {
  for (let shown = 0; shown < sequence.length; shown++) {
    const card = sequence[shown] as RevealingCard;
    for (let later = shown + 1; later < sequence.length; later++) {
      if (givesAway(card, sequence[later] as RevealingCard)) return { shown, revealed: later };
    }
  }
  return undefined;
}
