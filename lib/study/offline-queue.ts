/**
 * A study session built on the device, with no network, from the "offline pack" the server sent
 * while online: the student's cards due in the next few days and the next new questions, with
 * their payloads and memory states. The same queue policy as the server's (buildDailyQueue) picks
 * what is due at the device's `now`, leaving out what was already answered on this device since
 * the pack was made. Pure: the caller passes `now`, the pack and the answers.
 */
import type { Question } from "@/lib/questions/types";
import { buildDailyQueue, cardStateSchema, createScheduler, startOfStudyDay, type CardState } from "@/lib/scheduling";

/** How many days ahead the pack covers: a long weekend without network. */
export const OFFLINE_PACK_DAYS = 3;

/** A session offline is as long as one online (SESSION_SIZE in db/queries/study-queue.ts). */
export const OFFLINE_SESSION_SIZE = 20;

export interface OfflinePackCard {
  question: Question;
  /** "due": a card the student has seen (due at `due`); "new": a question never seen. */
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
  settings: { newPerDay: number; reviewCap: number | null; desiredRetention: number };
  /** Counts for the study day the pack was made in, before any answer given on this device. */
  newIntroducedToday: number;
  reviewsDoneToday: number;
  cards: OfflinePackCard[];
}

export interface OfflineStudyItem {
  question: Question;
  kind: "due" | "new";
  leech: boolean;
  intervals: Record<"again" | "hard" | "good" | "easy", string>;
}

export interface OfflineStudyQueue {
  items: OfflineStudyItem[];
  dueCount: number;
  newCount: number;
  nextDueAt: string | null;
}

/** Answers given on this device since the pack was made: question id → when (ISO). */
export type AnsweredOnDevice = Readonly<Record<string, string>>;

/**
 * The session to study at `now`: due cards first, then new ones within what is left of today's
 * new-card limit (today's answers on this device count against it, and against the review cap).
 * @param options.size the longest session (the server's SESSION_SIZE)
 */
export function buildOfflineQueue(
  pack: OfflinePack,
  options: { now: Date; answered: AnsweredOnDevice; utcOffsetMinutes: number; size: number },
): OfflineStudyQueue {
  const { now, answered } = options;
  const today = startOfStudyDay(now, options.utcOffsetMinutes).getTime();
  const packDay = startOfStudyDay(new Date(pack.generatedAt), pack.utcOffsetMinutes).getTime();
  const samePackDay = today === packDay;
  const byId = new Map(pack.cards.map((card) => [card.question.id, card]));

  let introducedHere = 0;
  let reviewedHere = 0;
  for (const [questionId, at] of Object.entries(answered)) {
    if (Date.parse(at) < today) continue;
    reviewedHere++;
    if (byId.get(questionId)?.kind === "new") introducedHere++;
  }

  const open = pack.cards.filter((card) => answered[card.question.id] === undefined);
  const queue = buildDailyQueue({
    now,
    cards: open
      .filter((c) => c.kind === "due" && c.due)
      .map((c) => ({ questionId: c.question.id, due: new Date(c.due ?? ""), leech: c.leech })),
    newCandidates: open.filter((c) => c.kind === "new").map((c) => c.question.id),
    limits: { newPerDay: pack.settings.newPerDay, reviewCap: pack.settings.reviewCap },
    assignedQuestionIds: pack.cards.filter((c) => c.assigned).map((c) => c.question.id),
    newIntroducedToday: (samePackDay ? pack.newIntroducedToday : 0) + introducedHere,
    reviewsDoneToday: (samePackDay ? pack.reviewsDoneToday : 0) + reviewedHere,
  });

  const scheduler = createScheduler({ desiredRetention: pack.settings.desiredRetention });
  const items: OfflineStudyItem[] = [];
  for (const item of queue.items.slice(0, options.size)) {
    const card = byId.get(item.questionId);
    if (!card) continue;
    const preview = scheduler.previewIntervals(parseState(card.state), now);
    items.push({
      question: card.question,
      kind: item.kind,
      leech: item.leech,
      intervals: { again: preview.again.label, hard: preview.hard.label, good: preview.good.label, easy: preview.easy.label },
    });
  }
  return {
    items,
    dueCount: items.filter((i) => i.kind === "due").length,
    newCount: items.filter((i) => i.kind === "new").length,
    nextDueAt: queue.nextDueAt ? queue.nextDueAt.toISOString() : null,
  };
}

/** A stored state read back from JSON; a damaged one counts as a card never seen (still studied). */
function parseState(raw: unknown): CardState | null {
  if (raw === null || raw === undefined) return null;
  const parsed = cardStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
