/**
 * A student's study session for now: the policy (lib/scheduling) applied to what the database says
 * is due and new, per knowledge item; each item asked by the face its memory calls for
 * (`chooseFace`), the cards then planned so none gives away another (lib/study/session-plan.ts).
 * Used by the practice page (server prefetch) and GET /api/study/queue alike.
 */
import type { ReviewRating } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";
import {
  buildDailyQueue,
  chooseFace,
  faceKindOf,
  createScheduler,
  isLeech,
  resolveStudyDayStart,
  type CardState,
  type QueueItem as PolicyItem,
} from "@/lib/scheduling";
import { newItemRule, planSession } from "@/lib/study/session-plan";
import type { Db } from "../client";
import { mapQuestionsToAssignments } from "./assignments";
import { resolveSchedulerParameters } from "./fsrs-parameters";
import { listHeldBackItemIds } from "./quiz-attempts";
import { getStudySettings, loadItemFaces, loadQueueInputs, type StudyMode, type StudyScope } from "./study";

export interface QueueItem {
  /** The face shown: one question of the item. */
  question: Question;
  /** The knowledge item asked (its memory moves with the answer). */
  itemId: string;
  /** Items whose answer the face shows (the session holds it back until they are answered). */
  reveals: string[];
  kind: PolicyItem["kind"];
  /** A leech (`isLeech`: forgotten LEECH_LAPSES or more times): shown to the student as such. */
  leech: boolean;
  /** Flashcard grade buttons: when the item would come back after each grade. */
  intervals: Record<ReviewRating, string>;
  /** The item's memory before the session (null for a new item); the session previews returns from it. */
  state: CardState | null;
}

export interface StudyQueue {
  items: QueueItem[];
  dueCount: number;
  newCount: number;
  nextDueAt: string | null;
  /** The student's desired retention (previews on the device use the same scheduler). */
  desiredRetention: number;
}

/** Longest list sent at once: a short phone session, not the whole backlog. */
export const SESSION_SIZE = 20;
const SPARE_ITEMS = 5;

/** The student's own session for `now` in a scope and mode, at most `size` items (default {@link SESSION_SIZE}). */
export async function loadStudyQueue(
  db: Db,
  params: { userId: string; now: Date; utcOffsetMinutes: number; scope: StudyScope; mode?: StudyMode; size?: number },
): Promise<StudyQueue> {
  const { userId, ...options } = params;
  const mode = options.mode ?? "quiz";
  // Issue 10, point 2 — the one place practice and flashcards leave out the facts of a scored
  // quiz the student has not submitted yet (until it is due): see listHeldBackItemIds.
  const [settings, assignmentFor, parameters, heldBack] = await Promise.all([
    getStudySettings(db, userId),
    mapQuestionsToAssignments(db, { studentId: userId, now: options.now }),
    resolveSchedulerParameters(db, { userId }),
    listHeldBackItemIds(db, { studentId: userId, now: options.now }),
  ]);
  const size = options.size ?? SESSION_SIZE;
  // The student's own day (start hour, time zone), so "new today" resets when they expect.
  const dayStart = resolveStudyDayStart(options.now, settings, options.utcOffsetMinutes);
  const inputs = await loadQueueInputs(db, {
    userId,
    now: options.now,
    dayStart,
    scope: options.scope,
    mode,
    // Only what a session can use: the plan takes at most size + SPARE_ITEMS, assigned items first.
    maxDue: size + 2 * SPARE_ITEMS,
    maxNew: settings.newPerDay + SPARE_ITEMS,
    assignedIds: [...assignmentFor.keys()],
    excludeItemIds: heldBack,
  });
  // 1. Which items: the daily policy (due first, then new within the daily limit).
  const queue = buildDailyQueue({
    now: options.now,
    cards: inputs.dueItems.map((c) => ({ itemId: c.itemId, due: c.due, leech: isLeech(c) })),
    newCandidates: inputs.newCandidates,
    // Spare new items too; the daily limit itself is applied when the session is planned (below).
    limits: { newPerDay: settings.newPerDay + SPARE_ITEMS, reviewCap: settings.reviewCap },
    assignedItemIds: inputs.assignedItemIds,
    newIntroducedToday: inputs.newIntroducedToday,
    reviewsDoneToday: inputs.reviewsDoneToday,
  });
  // A few spare items: one the plan leaves out (two items giving each other away) makes room for the next.
  const chosen = queue.items.slice(0, size + SPARE_ITEMS);
  const ids = chosen.map((i) => i.itemId);
  const faces = await loadItemFaces(db, { itemIds: ids, assignment: options.scope.assignment, preferred: new Set(assignmentFor.keys()) });
  const states = new Map(inputs.dueItems.map((d) => [d.itemId, d.state]));
  // 2. Which face: the one the item's memory calls for.
  const scheduler = createScheduler({ desiredRetention: settings.desiredRetention, weights: parameters.weights });
  const cards: QueueItem[] = [];
  for (const item of chosen) {
    const state = states.get(item.itemId) ?? null;
    const question = chooseFace(faces.get(item.itemId) ?? [], state, mode);
    if (!question) continue;
    const preview = scheduler.previewIntervals(state, options.now);
    cards.push({
      question,
      itemId: item.itemId,
      reveals: question.reveals ?? [],
      kind: item.kind,
      leech: item.leech,
      intervals: { again: preview.again.label, hard: preview.hard.label, good: preview.good.label, easy: preview.easy.label },
      state,
    });
  }
  // 3. In what order: one round per item, no card giving away one still to come.
  const newLeft = Math.max(0, settings.newPerDay - inputs.newIntroducedToday);
  // An assignment's session asks the set the teacher chose, exercises and all.
  const isExercise = (card: QueueItem) => !options.scope.assignment && faceKindOf(card.question.type) === "exercise";
  const items = planSession(cards, size, newItemRule({ newLeft, size }, isExercise));
  const nextDue = queue.nextDueAt ?? inputs.nextDueAt;
  return {
    items,
    dueCount: items.filter((i) => i.kind === "due").length,
    newCount: items.filter((i) => i.kind === "new").length,
    nextDueAt: nextDue ? nextDue.toISOString() : null,
    desiredRetention: settings.desiredRetention,
  };
}
