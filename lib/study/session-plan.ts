/**
 * The order of a study session, and what a wrong answer does to it. Pure: the practice page (and
 * the offline queue) plan the cards once; the session applies `afterAnswer` on each answer.
 *
 * Rules (issue 9):
 * - one round per item: a knowledge item appears at most once in the planned session;
 * - no give-aways: a card whose question shows the answer of another item still to come
 *   (`reveals`, computed by the bank builder from the facts) is held back until that item has been
 *   answered. Two items that give each other away cannot both be asked in one session: the later
 *   one in the queue is left for another session (it stays due);
 * - relearning in the session: an item answered wrong comes back {@link RETURN_GAP} cards later
 *   (or at the end), at most {@link MAX_RETURNS} times, until it is answered right or the session
 *   ends — the same face again, so a session never shows two faces of one fact.
 */

import { givesAway, type RevealingCard } from "@/lib/questions/give-away";

/** What planning needs of a card: its item and the items whose answer it shows. */
export type PlannedCard = RevealingCard;

/** Cards between a wrong answer and its return. */
export const RETURN_GAP = 3;
/** Returns per item in one session. */
export const MAX_RETURNS = 3;

/** Where a session stands: the order of cards (indexes into the planned cards, returns included). */
export interface SessionOrder {
  order: number[];
  /** Index in `order` of the card on screen. */
  position: number;
  /** Returns so far per item id. */
  returns: Record<string, number>;
}

function revealsOf(card: PlannedCard): readonly string[] {
  return card.reveals ?? [];
}

/** Whether adding `candidate` to `kept` closes a cycle of give-aways (it reveals, through others, itself). */
function closesCycle(candidate: PlannedCard, kept: readonly PlannedCard[]): boolean {
  const byItem = new Map(kept.map((c) => [c.itemId, c]));
  const seen = new Set<string>();
  const stack = revealsOf(candidate).filter((id) => id !== candidate.itemId);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === candidate.itemId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    const card = byItem.get(id);
    if (card) stack.push(...revealsOf(card));
  }
  return false;
}

/**
 * Cards in an order where none shows the answer of a card after it, otherwise as given: the first
 * remaining card goes next unless it reveals a card still to come; then what it waits for goes
 * first (the first card it reveals, or in turn what that one waits for). So a card is delayed only
 * by the cards it must wait for, never by unrelated ones (an assigned card leads its session).
 */
export function arrange<C extends PlannedCard>(cards: readonly C[]): C[] {
  const remaining = [...cards];
  const out: C[] = [];
  while (remaining.length > 0) out.push(...remaining.splice(nextFree(remaining), 1));
  return out;
}

/** The index of the card to show next: the first card, or the first free card it (transitively) waits for. */
function nextFree<C extends PlannedCard>(remaining: readonly C[]): number {
  const visited = new Set<number>();
  let index = 0;
  for (;;) {
    if (visited.has(index)) return 0; // a cycle (planSession removes them): keep the queue order
    visited.add(index);
    const card = remaining[index] as C;
    const waitsFor = remaining.findIndex((other) => givesAway(card, other));
    if (waitsFor < 0) return index;
    index = waitsFor;
  }
}

/**
 * The session's cards from the queue (in queue order): one card per item, without cards that
 * would give away each other, at most `size` (a card left out makes room for the next in the
 * queue), arranged so that no card reveals a later one.
 */
export function planSession<C extends PlannedCard>(
  queue: readonly C[],
  size = Infinity,
  /** Whether `card` may join those kept so far (e.g. the daily limit on new items). */
  canTake: (card: C, kept: readonly C[]) => boolean = () => true,
): C[] {
  const kept: C[] = [];
  const items = new Set<string>();
  for (const card of queue) {
    if (kept.length >= size) break;
    if (items.has(card.itemId) || closesCycle(card, kept) || !canTake(card, kept)) continue;
    kept.push(card);
    items.add(card.itemId);
  }
  return arrange(kept);
}

/**
 * At most this share of a session's new items may be ordering or matching exercises. An exercise
 * combines several facts, so it is better met once those facts have been seen; and in the bank's
 * study order exercises sit among the facts they use, so a first session took up to 9 of 20.
 */
export const MAX_NEW_EXERCISE_SHARE = 0.25;

/**
 * The rule for new items in a session of `size` cards: at most `newLeft` of them (what is left of
 * the daily limit), and at most {@link MAX_NEW_EXERCISE_SHARE} of the session (at least one) new
 * exercises. Due items are always taken: they are due whatever their kind. For `planSession`.
 */
export function newItemRule<C extends { kind: "due" | "new" }>(
  limits: { newLeft: number; size: number },
  isExercise: (card: C) => boolean,
): (card: C, kept: readonly C[]) => boolean {
  const maxExercises = Math.max(1, Math.floor(Math.min(limits.size, 1000) * MAX_NEW_EXERCISE_SHARE));
  return (card, kept) => {
    if (card.kind !== "new") return true;
    const keptNew = kept.filter((k) => k.kind === "new");
    if (keptNew.length >= limits.newLeft) return false;
    return !isExercise(card) || keptNew.filter(isExercise).length < maxExercises;
  };
}

/** The start of a session over planned cards. */
export function startOrder(cardCount: number): SessionOrder {
  return { order: Array.from({ length: cardCount }, (_, i) => i), position: 0, returns: {} };
}

/**
 * The session after the card on screen was answered: the next position, and for a wrong answer
 * (while the item has returns left) the same card again {@link RETURN_GAP} cards later, the cards
 * still to come re-arranged so that none reveals the returning item before it is answered.
 */
export function afterAnswer<C extends PlannedCard>(cards: readonly C[], session: SessionOrder, correct: boolean): SessionOrder {
  const current = session.order[session.position];
  const position = session.position + 1;
  if (current === undefined) return session;
  const card = cards[current];
  const used = card ? (session.returns[card.itemId] ?? 0) : MAX_RETURNS;
  if (correct || !card || used >= MAX_RETURNS) return { ...session, position };
  const tail = session.order.slice(position);
  tail.splice(Math.min(RETURN_GAP, tail.length), 0, current);
  const arranged = arrange(tail.map((index) => ({ index, itemId: cards[index]?.itemId ?? "", reveals: cards[index]?.reveals })));
  return {
    order: [...session.order.slice(0, position), ...arranged.map((c) => c.index)],
    position,
    returns: { ...session.returns, [card.itemId]: used + 1 },
  };
}

/** Items that came back at least once, and the returns in all. */
export function countReturns(session: Pick<SessionOrder, "returns">): { items: number; returns: number } {
  const counts = Object.values(session.returns);
  return { items: counts.filter((n) => n > 0).length, returns: counts.reduce((a, b) => a + b, 0) };
}
