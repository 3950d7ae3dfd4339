/**
 * A student's study queue for now: the policy (lib/scheduling) applied to what the database says
 * is due and new. Used by the practice page (server prefetch) and GET /api/study/queue alike.
 */
import type { ReviewRating } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";
import { buildDailyQueue, createScheduler, isLeech, resolveStudyDayStart, type QueueItem as PolicyItem } from "@/lib/scheduling";
import type { Db } from "../client";
import { mapQuestionsToAssignments } from "./assignments";
import { getCardStates } from "./card-states";
import { resolveSchedulerParameters } from "./fsrs-parameters";
import { getQuestionsByIds, getStudySettings, loadQueueInputs, type StudyScope } from "./study";

export interface QueueItem {
  question: Question;
  kind: PolicyItem["kind"];
  /** A leech (`isLeech`: forgotten LEECH_LAPSES or more times): shown to the student as such. */
  leech: boolean;
  /** Flashcard grade buttons: when the card would come back after each grade. */
  intervals: Record<ReviewRating, string>;
}

export interface StudyQueue {
  items: QueueItem[];
  dueCount: number;
  newCount: number;
  nextDueAt: string | null;
}

/** Longest list sent at once: a short phone session, not the whole backlog. */
export const SESSION_SIZE = 20;

/** The student's own queue for `now` in a scope, at most `size` cards (default {@link SESSION_SIZE}). */
export async function loadStudyQueue(
  db: Db,
  params: { userId: string; now: Date; utcOffsetMinutes: number; scope: StudyScope; size?: number },
): Promise<StudyQueue> {
  const { userId, ...options } = params;
  const [settings, assignmentFor, parameters] = await Promise.all([
    getStudySettings(db, userId),
    mapQuestionsToAssignments(db, { studentId: userId, now: options.now }),
    resolveSchedulerParameters(db, { userId }),
  ]);
  const size = options.size ?? SESSION_SIZE;
  // The student's own day (start hour, time zone), so "new today" resets when they expect.
  const dayStart = resolveStudyDayStart(options.now, settings, options.utcOffsetMinutes);
  const inputs = await loadQueueInputs(db, {
    userId,
    now: options.now,
    dayStart,
    scope: options.scope,
    maxDue: 500,
    maxNew: settings.newPerDay,
    assignedIds: [...assignmentFor.keys()],
  });
  const queue = buildDailyQueue({
    now: options.now,
    cards: inputs.dueCards.map((c) => ({ questionId: c.questionId, due: c.due, leech: isLeech(c) })),
    newCandidates: inputs.newCandidates,
    limits: { newPerDay: settings.newPerDay, reviewCap: settings.reviewCap },
    assignedQuestionIds: new Set(assignmentFor.keys()),
    newIntroducedToday: inputs.newIntroducedToday,
    reviewsDoneToday: inputs.reviewsDoneToday,
  });
  const chosen = queue.items.slice(0, size);
  const ids = chosen.map((i) => i.questionId);
  const [questions, states] = await Promise.all([getQuestionsByIds(db, ids), getCardStates(db, { userId, questionIds: ids })]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const scheduler = createScheduler({ desiredRetention: settings.desiredRetention, weights: parameters.weights });
  const items: QueueItem[] = [];
  for (const item of chosen) {
    const question = byId.get(item.questionId);
    if (!question) continue;
    const preview = scheduler.previewIntervals(states.get(item.questionId) ?? null, options.now);
    items.push({
      question,
      kind: item.kind,
      leech: item.leech,
      intervals: { again: preview.again.label, hard: preview.hard.label, good: preview.good.label, easy: preview.easy.label },
    });
  }
  const nextDue = queue.nextDueAt ?? inputs.nextDueAt;
  return { items, dueCount: queue.dueCount, newCount: queue.newCount, nextDueAt: nextDue ? nextDue.toISOString() : null };
}
