/**
 * The daily study queue: which cards to study now, in what order. Policy only; the caller loads
 * the cards and counts and passes `now`.
 */
import { NEW_PER_DAY } from "./limits";

/** A knowledge item the student has already met, as the queue needs it. */
export interface QueueCard {
  itemId: string;
  /** When the card is due. */
  due: Date;
  /** Whether the card is a leech (see `isLeech`); passed through to the item. */
  leech?: boolean;
}

/** Daily limits (the student's settings). */
export interface QueueLimits {
  /** New questions per study day; default 20. */
  newPerDay?: number;
  /** Reviews per study day; null or absent = no cap. */
  reviewCap?: number | null;
}

/** What {@link buildDailyQueue} works from. */
export interface DailyQueueInput {
  now: Date;
  /** The student's existing cards (due or not). */
  cards: readonly QueueCard[];
  /**
   * Items the student has never met, in study order: the seed stores the bank in study order
   * (lib/questions/study-order.ts), core questions first, so new cards introduce core facts first.
   */
  newCandidates: readonly string[];
  limits?: QueueLimits;
  /** Items of questions a teacher assigned: studied first within due and within new. */
  assignedItemIds?: ReadonlySet<string> | readonly string[];
  /** New questions already introduced today (counts against `newPerDay`). */
  newIntroducedToday?: number;
  /** Reviews already done today (counts against `reviewCap`). */
  reviewsDoneToday?: number;
}

/** One card to study. */
export interface QueueItem {
  itemId: string;
  /** "due": a seen card whose due date has come; "new": a never-seen question. */
  kind: "due" | "new";
  /** Whether a teacher assigned it. */
  assigned: boolean;
  /** Whether it is a leech (always false for new questions). */
  leech: boolean;
}

/** The queue, and counts for the study page. */
export interface DailyQueue {
  /** Due cards first (assigned first, then most overdue), then new questions (assigned first, then bank order). */
  items: QueueItem[];
  /** Due items in `items`. */
  dueCount: number;
  /** New items in `items`. */
  newCount: number;
  /** Due cards left out because the review cap was reached. */
  cappedDueCount: number;
  /** The earliest due date after `now` among the cards (none of which is in the queue); null if none. */
  nextDueAt: Date | null;
}

/** A whole, non-negative count (NaN and negatives count as 0). */
function count(value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}

/** Code-unit order, the same in every locale (unlike `localeCompare`). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the queue for `now`: every card due at or before `now` (capped by what is left of
 * `reviewCap` today), most overdue first with assigned cards ahead, ties broken by question id;
 * then never-seen questions up to what is left of `newPerDay` today, assigned ones first, then
 * in bank order. Leeches stay in the queue (flagged). Deterministic for given inputs.
 */
export function buildDailyQueue(input: DailyQueueInput): DailyQueue {
  const now = input.now.getTime();
  const assigned = new Set(input.assignedItemIds ?? []);
  const isAssigned = (id: string) => assigned.has(id);

  const due: QueueCard[] = [];
  let nextDue: number | null = null;
  for (const card of input.cards) {
    const at = card.due.getTime();
    if (Number.isNaN(at)) continue; // an invalid date: neither due nor upcoming
    if (at <= now) due.push(card);
    else if (nextDue === null || at < nextDue) nextDue = at;
  }
  due.sort(
    (a, b) =>
      Number(isAssigned(b.itemId)) - Number(isAssigned(a.itemId)) || a.due.getTime() - b.due.getTime() || compareIds(a.itemId, b.itemId),
  );
  const reviewCap = input.limits?.reviewCap;
  const reviewsLeft =
    reviewCap === null || reviewCap === undefined ? Infinity : Math.max(0, count(reviewCap, 0) - count(input.reviewsDoneToday, 0));
  const dueItems: QueueItem[] = due
    .slice(0, reviewsLeft)
    .map((card) => ({ itemId: card.itemId, kind: "due", assigned: isAssigned(card.itemId), leech: card.leech === true }));

  const seen = new Set(input.cards.map((card) => card.itemId));
  const candidates: string[] = [];
  for (const id of input.newCandidates) {
    if (!seen.has(id)) candidates.push(id);
    seen.add(id); // drop duplicates
  }
  const newLeft = Math.max(0, count(input.limits?.newPerDay, NEW_PER_DAY.default) - count(input.newIntroducedToday, 0));
  const newItems: QueueItem[] = [...candidates.filter(isAssigned), ...candidates.filter((id) => !isAssigned(id))]
    .slice(0, newLeft)
    .map((itemId) => ({ itemId, kind: "new", assigned: isAssigned(itemId), leech: false }));

  return {
    items: [...dueItems, ...newItems],
    dueCount: dueItems.length,
    newCount: newItems.length,
    cappedDueCount: due.length - dueItems.length,
    nextDueAt: nextDue === null ? null : new Date(nextDue),
  };
}
