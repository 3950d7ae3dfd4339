/**
 * The offline pack: what a student's device keeps so a session can start and finish with no
 * network (lib/study/offline-queue.ts builds the session from it). Every read is filtered by the
 * student's own id; the pack holds only their knowledge items — each with its memory state and
 * the face to ask it with in each mode — and those faces' question payloads.
 */
import { chooseFace, isLeech, resolveStudyDayStart } from "@/lib/scheduling";
import { OFFLINE_PACK_DAYS, type OfflinePack } from "@/lib/study/offline-queue";
import type { Db } from "../client";
import { mapQuestionsToAssignments } from "./assignments";
import { resolveSchedulerParameters } from "./fsrs-parameters";
import { listHeldBackItemIds } from "./quiz-attempts";
import { getStudySettings, loadItemFaces, loadQueueInputs } from "./study";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Bounds on the pack's size (a few hundred KB at most). */
const MAX_DUE = 400;

/**
 * Items due by `now` + OFFLINE_PACK_DAYS, and new items for that many days of the student's
 * daily new-item limit (assigned ones first), with faces and memory states.
 */
export async function loadOfflinePack(db: Db, params: { userId: string; now: Date; utcOffsetMinutes: number }): Promise<OfflinePack> {
  const { userId, now, utcOffsetMinutes } = params;
  // Issue 10, point 2: an open scored quiz's facts stay off the device too (as in loadStudyQueue).
  const [settings, assignmentFor, heldBack, parameters] = await Promise.all([
    getStudySettings(db, userId),
    mapQuestionsToAssignments(db, { studentId: userId, now }),
    listHeldBackItemIds(db, { studentId: userId, now }),
    resolveSchedulerParameters(db, { userId }),
  ]);
  const horizon = new Date(now.getTime() + OFFLINE_PACK_DAYS * DAY_MS);
  const inputs = await loadQueueInputs(db, {
    userId,
    now: horizon,
    dayStart: resolveStudyDayStart(now, settings, utcOffsetMinutes),
    scope: {},
    maxDue: MAX_DUE,
    maxNew: settings.newPerDay * OFFLINE_PACK_DAYS,
    assignedIds: [...assignmentFor.keys()],
    excludeItemIds: heldBack,
  });
  const dueIds = inputs.dueItems.map((c) => c.itemId);
  const faces = await loadItemFaces(db, { itemIds: [...dueIds, ...inputs.newCandidates] });
  const states = new Map(inputs.dueItems.map((d) => [d.itemId, d.state]));
  const assigned = new Set(inputs.assignedItemIds);
  const cards: OfflinePack["cards"] = [];
  const facesFor = (itemId: string) => {
    const all = faces.get(itemId) ?? [];
    const state = states.get(itemId) ?? null;
    return { quiz: chooseFace(all, state, "quiz") ?? null, flashcard: chooseFace(all, state, "flashcard") ?? null };
  };
  for (const item of inputs.dueItems) {
    const itemFaces = facesFor(item.itemId);
    if (!itemFaces.quiz && !itemFaces.flashcard) continue;
    cards.push({
      itemId: item.itemId,
      faces: itemFaces,
      kind: "due",
      due: item.due.toISOString(),
      leech: isLeech(item),
      assigned: assigned.has(item.itemId),
      state: states.get(item.itemId) ?? null,
    });
  }
  for (const itemId of inputs.newCandidates) {
    const itemFaces = facesFor(itemId);
    if (!itemFaces.quiz && !itemFaces.flashcard) continue;
    cards.push({ itemId, faces: itemFaces, kind: "new", due: null, leech: false, assigned: assigned.has(itemId), state: null });
  }
  return {
    userId,
    generatedAt: now.toISOString(),
    utcOffsetMinutes,
    settings: {
      newPerDay: settings.newPerDay,
      reviewCap: settings.reviewCap,
      desiredRetention: settings.desiredRetention,
      dayStartHour: settings.dayStartHour,
      timeZone: settings.timeZone,
      weights: parameters.weights,
    },
    newIntroducedToday: inputs.newIntroducedToday,
    reviewsDoneToday: inputs.reviewsDoneToday,
    cards,
  };
}
