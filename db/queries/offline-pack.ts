/**
 * The offline pack: what a student's device keeps so a session can start and finish with no
 * network (lib/study/offline-queue.ts builds the session from it). Every read is filtered by the
 * student's own id; the pack holds only their cards and the bank's question payloads.
 */
import { OFFLINE_PACK_DAYS, type OfflinePack } from "@/lib/study/offline-queue";
import { isLeech, resolveStudyDayStart } from "@/lib/scheduling";
import type { Db } from "../client";
import { mapQuestionsToAssignments } from "./assignments";
import { getCardStates } from "./card-states";
import { getQuestionsByIds, getStudySettings, loadQueueInputs } from "./study";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Bounds on the pack's size (a few hundred KB at most). */
const MAX_DUE = 400;

/**
 * Cards due by `now` + OFFLINE_PACK_DAYS, and new questions for that many days of the student's
 * daily new-card limit (assigned ones first), with payloads and memory states.
 */
export async function loadOfflinePack(db: Db, params: { userId: string; now: Date; utcOffsetMinutes: number }): Promise<OfflinePack> {
  const { userId, now, utcOffsetMinutes } = params;
  const [settings, assignmentFor] = await Promise.all([
    getStudySettings(db, userId),
    mapQuestionsToAssignments(db, { studentId: userId, now }),
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
  });
  const dueIds = inputs.dueCards.map((c) => c.questionId);
  const [questions, states] = await Promise.all([
    getQuestionsByIds(db, [...dueIds, ...inputs.newCandidates]),
    getCardStates(db, { userId, questionIds: dueIds }),
  ]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const cards: OfflinePack["cards"] = [];
  for (const card of inputs.dueCards) {
    const question = byId.get(card.questionId);
    if (!question) continue;
    cards.push({
      question,
      kind: "due",
      due: card.due.toISOString(),
      leech: isLeech(card),
      assigned: assignmentFor.has(card.questionId),
      state: states.get(card.questionId) ?? null,
    });
  }
  for (const id of inputs.newCandidates) {
    const question = byId.get(id);
    if (question) cards.push({ question, kind: "new", due: null, leech: false, assigned: assignmentFor.has(id), state: null });
  }
  return {
    userId,
    generatedAt: now.toISOString(),
    utcOffsetMinutes,
    settings: { newPerDay: settings.newPerDay, reviewCap: settings.reviewCap, desiredRetention: settings.desiredRetention },
    newIntroducedToday: inputs.newIntroducedToday,
    reviewsDoneToday: inputs.reviewsDoneToday,
    cards,
  };
}
