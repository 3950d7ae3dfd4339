/**
 * A study session built on the device, with no network, from the "offline pack" the server sent
 * while online: the student's knowledge items due in the next few days and the next new ones, each
 * with its memory state and the face to ask it with in each mode (chosen by the server's
 * `chooseFace` from that state). The same queue policy as the server's (buildDailyQueue) picks
 * what is due at the device's `now`, leaving out what was already answered on this device since
 * the pack was made. Pure: the caller passes `now`, the pack and the answers.
 */
import type { Question } from "@/lib/questions/types";
// The modules themselves, not the lib/scheduling index: this runs in the browser (offline), and
// the index also brings the settings schemas (zod) that a session never uses.
import { parseCardState, type CardState } from "@/lib/scheduling/card-state";
import { faceKindOf } from "@/lib/scheduling/faces";
import { buildDailyQueue } from "@/lib/scheduling/queue";
import { createScheduler } from "@/lib/scheduling/scheduler";
import { resolveStudyDayStart } from "@/lib/scheduling/study-day";
import { newItemRule, planSession } from "./session-plan";

/** How many days ahead the pack covers: a long weekend without network. */
export const OFFLINE_PACK_DAYS = 3;

/** Items beyond the session's size that planning may use when it leaves one out (as online). */
const SPARE_ITEMS = 5;

/** A session offline is as long as one online (SESSION_SIZE in db/queries/study-queue.ts). */
export const OFFLINE_SESSION_SIZE = 20;

export interface OfflinePackCard {
  itemId: string;
  /** The face to ask the item with, per mode (null: the item has no face for that mode). */
  faces: { quiz: Question | null; flashcard: Question | null };
  /** "due": an item the student has met (due at `due`); "new": an item never met. */
  kind: "due" | "new";
  /** ISO due date for seen cards; null for new ones. */
  due: string | null;
  leech: boolean;
  assigned: boolean;
  /** The card's memory state (JSON dates as strings); null for new ones. */
  state: unknown;
}

export interface OfflinePack {
  userId: string;
  /** When the server made the pack (ISO). */
  generatedAt: string;
  /** The student's UTC offset in minutes when the pack was made (east positive). */
  utcOffsetMinutes: number;
  settings: {
    newPerDay: number;
    reviewCap: number | null;
    desiredRetention: number;
    /** The student's day (start hour, time zone): "today" offline is the day the server counts. Absent in packs made before it was kept. */
    dayStartHour?: number;
    timeZone?: string | null;
    /** The FSRS weights the server schedules this student with (fitted, or null for the defaults). */
    weights?: readonly number[] | null;
  };
  /** Counts for the study day the pack was made in, before any answer given on this device. */
  newIntroducedToday: number;
  reviewsDoneToday: number;
  cards: OfflinePackCard[];
}

export interface OfflineStudyItem {
  question: Question;
  itemId: string;
  reveals: string[];
  kind: "due" | "new";
  leech: boolean;
  intervals: Record<"again" | "hard" | "good" | "easy", string>;
  state: CardState | null;
}

export interface OfflineStudyQueue {
  items: OfflineStudyItem[];
  dueCount: number;
  newCount: number;
  nextDueAt: string | null;
  desiredRetention: number;
}

/** Answers given on this device since the pack was made: question (face) id → when (ISO). */
export type AnsweredOnDevice = Readonly<Record<string, string>>;

/**
 * The session to study at `now`: due cards first, then new ones within what is left of today's
 * new-card limit (today's answers on this device count against it, and against the review cap).
 * @param options.size the longest session (the server's SESSION_SIZE)
 */
export function buildOfflineQueue(
  pack: OfflinePack,
  options: { now: Date; answered: AnsweredOnDevice; utcOffsetMinutes: number; size: number; mode?: "quiz" | "flashcard" },
): OfflineStudyQueue {
  const { now } = options;
  const mode = options.mode ?? "quiz";
  const day = { dayStartHour: pack.settings.dayStartHour ?? 0, timeZone: pack.settings.timeZone ?? null };
  const today = resolveStudyDayStart(now, day, options.utcOffsetMinutes).getTime();
  const packDay = resolveStudyDayStart(new Date(pack.generatedAt), day, pack.utcOffsetMinutes).getTime();
  const samePackDay = today === packDay;
  const byId = new Map(pack.cards.map((card) => [card.itemId, card]));
  // Answers are kept by face; memory (and "already answered") is per item.
  const itemOfFace = new Map<string, string>();
  for (const card of pack.cards) {
    for (const face of [card.faces.quiz, card.faces.flashcard]) if (face) itemOfFace.set(face.id, card.itemId);
  }
  const answeredItems = new Map<string, string>();
  for (const [questionId, at] of Object.entries(options.answered)) {
    const itemId = itemOfFace.get(questionId);
    if (itemId !== undefined) answeredItems.set(itemId, at);
  }

  let introducedHere = 0;
  let reviewedHere = 0;
  for (const [itemId, at] of answeredItems) {
    if (Date.parse(at) < today) continue;
    reviewedHere++;
    if (byId.get(itemId)?.kind === "new") introducedHere++;
  }

  const open = pack.cards.filter((card) => !answeredItems.has(card.itemId) && card.faces[mode] !== null);
  const introducedToday = (samePackDay ? pack.newIntroducedToday : 0) + introducedHere;
  const queue = buildDailyQueue({
    now,
    cards: open.filter((c) => c.kind === "due" && c.due).map((c) => ({ itemId: c.itemId, due: new Date(c.due ?? ""), leech: c.leech })),
    newCandidates: open.filter((c) => c.kind === "new").map((c) => c.itemId),
    // Spare new items, as online; the daily limit itself is applied when the session is planned.
    limits: { newPerDay: pack.settings.newPerDay + SPARE_ITEMS, reviewCap: pack.settings.reviewCap },
    assignedItemIds: pack.cards.filter((c) => c.assigned).map((c) => c.itemId),
    newIntroducedToday: introducedToday,
    reviewsDoneToday: (samePackDay ? pack.reviewsDoneToday : 0) + reviewedHere,
  });

  const scheduler = createScheduler({ desiredRetention: pack.settings.desiredRetention, weights: pack.settings.weights });
  const cards: OfflineStudyItem[] = [];
  // A few spare items, as online: one the plan leaves out makes room for the next.
  for (const item of queue.items.slice(0, options.size + SPARE_ITEMS)) {
    const card = byId.get(item.itemId);
    const question = card?.faces[mode];
    if (!card || !question) continue;
    const state = parseState(card.state);
    const preview = scheduler.previewIntervals(state, now);
    cards.push({
      question,
      itemId: card.itemId,
      reveals: question.reveals ?? [],
      kind: item.kind,
      leech: item.leech,
      intervals: { again: preview.again.label, hard: preview.hard.label, good: preview.good.label, easy: preview.easy.label },
      state,
    });
  }
  // The same session plan as online: one round per item, no give-aways.
  const newLeft = Math.max(0, pack.settings.newPerDay - introducedToday);
  const items = planSession(
    cards,
    options.size,
    newItemRule({ newLeft, size: options.size }, (card) => faceKindOf(card.question.type) === "exercise"),
  );
  return {
    items,
    dueCount: items.filter((i) => i.kind === "due").length,
    newCount: items.filter((i) => i.kind === "new").length,
    nextDueAt: queue.nextDueAt ? queue.nextDueAt.toISOString() : null,
    desiredRetention: pack.settings.desiredRetention,
  };
}

/** A stored state read back from JSON; a damaged one counts as a card never seen (still studied). */
function parseState(raw: unknown): CardState | null {
  return parseCardState(raw);
}
