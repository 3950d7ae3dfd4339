"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useState } from "react";
import { QuestionCard, type AnsweredQuestion } from "@/components/quiz/question-card";
import { useIsClient } from "@/components/ui/use-is-client";
import type { StudyQueue } from "@/db/queries/study-queue";
import { Flashcard } from "./flashcard";
import { SessionProgress } from "./progress-bar";
import { takeEarlyTap } from "./early-tap";
import { liftResumeVeil } from "./resume-veil";
import { clearSession, loadSession, saveSession, sessionKeyOf, startSession, type StoredSession } from "./session-store";
import { SessionSummary } from "./session-summary";
import { SyncStatus } from "./sync-status";
import { newReviewId } from "./review-id";
import { useReviewSync } from "./use-review-sync";
import type * as ReturnPreviewModule from "@/lib/study/return-preview";
import { afterAnswer, MAX_RETURNS } from "@/lib/study/session-plan";

export type StudyMode = "quiz" | "flashcard";

/**
 * The scheduler (ts-fsrs) for cards that come back in the session: not needed until the first
 * missed card, so it loads after the page rather than with it. Loading starts when a session
 * mounts; a miss waits for it (by then long loaded).
 */
type ReturnPreview = typeof ReturnPreviewModule;
let returnPreview: Promise<ReturnPreview> | null = null;
const loadReturnPreview = (): Promise<ReturnPreview> => (returnPreview ??= import("@/lib/study/return-preview"));

async function fetchQueue(query: string, mode: StudyMode): Promise<StudyQueue> {
  const params = new URLSearchParams(query);
  params.set("mode", mode);
  const response = await fetch(`/api/study/queue?${params.toString()}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`Could not load your cards (${response.status}).`);
  return (await response.json()) as StudyQueue;
}

interface StudySessionProps {
  userId: string;
  mode: StudyMode;
  /** "?topic=…" or "?event=…" or "". */
  query: string;
  initialQueue: StudyQueue;
  /** Where the next queue comes from when not the server (the cards saved on this device). */
  loadQueue?: () => Promise<StudyQueue>;
}

/**
 * A study session. The whole short queue arrives with the page (prefetched on the server, then
 * owned by TanStack Query), so each next card is already here; answers are saved in the
 * background (useReviewSync) and the session itself survives a reload (session-store).
 */
export function StudySession(props: StudySessionProps) {
  // One session per mode and scope: switching either resumes (or starts) that one's own session.
  return <ActiveSession key={`${props.userId}:${sessionKeyOf(props.mode, props.query)}`} {...props} />;
}

function ActiveSession({ userId, mode, query, initialQueue, loadQueue }: StudySessionProps) {
  const sessionKey = sessionKeyOf(mode, query);
  const queue = useQuery({
    queryKey: ["study-queue", mode, query, loadQueue ? "device" : "server"],
    queryFn: loadQueue ?? (() => fetchQueue(query, mode)),
    initialData: initialQueue,
    // The device's cards need no network: never pause that query while offline.
    networkMode: loadQueue ? "always" : "online",
  });
  const sync = useReviewSync(userId);
  const [preview, setPreview] = useState<ReturnPreview | null>(null);
  useEffect(() => {
    void loadReturnPreview().then(setPreview);
  }, []);
  // Resume the stored session for this mode and scope, or start one from the queue. The stored
  // session is in this browser's localStorage: the server and hydration render the fresh session
  // (the queue in order, so its first card is the page's first paint), then, once in the browser,
  // the stored one takes its place (under the veil the page's script put up, see resume-veil.ts).
  const isClient = useIsClient();
  const [session, setSession] = useState<StoredSession>(
    () => (isClient ? loadSession(userId, sessionKey) : null) ?? startSession(sessionKey, queue.data.items),
  );
  const [resumed, setResumed] = useState(isClient);
  if (isClient && !resumed) {
    // Adjusted during render, not in an effect: the stored card replaces the fresh one before
    // anything is painted or saved.
    setResumed(true);
    const stored = loadSession(userId, sessionKey);
    if (stored) setSession(stored);
  }

  // Never before resuming: the fresh session would overwrite the stored one.
  useEffect(() => {
    if (resumed) saveSession(userId, session);
  }, [resumed, session, userId]);

  // Next card; a wrong answer brings the card back a few cards later (session-plan.ts).
  const advance = useCallback(
    async (correct: boolean, wasNew: boolean) => {
      // Only a miss needs the scheduler (the memory its return is previewed from): a right answer
      // moves on at once, even on a first card answered before the scheduler has loaded.
      const scheduler = correct ? null : await loadReturnPreview();
      setSession((s) => {
        const index = s.order[s.position];
        const card = index === undefined ? undefined : s.items[index];
        const next = afterAnswer(s.items, s, correct);
        const memory =
          scheduler && card
            ? {
                ...s.memory,
                [card.itemId]: scheduler.againFrom(s.memory[card.itemId] ?? card.state, new Date(), queue.data.desiredRetention ?? 0.9),
              }
            : s.memory;
        return {
          ...s,
          ...next,
          memory,
          answered: s.answered + 1,
          correct: s.correct + (correct ? 1 : 0),
          newLearned: s.newLearned + (wasNew ? 1 : 0),
        };
      });
    },
    [queue.data.desiredRetention],
  );

  const startAnother = useCallback(async () => {
    clearSession(userId);
    await sync.retryNow();
    const fresh = await queue.refetch();
    setSession(startSession(sessionKey, fresh.data?.items ?? []));
  }, [queue, sessionKey, sync, userId]);

  // Once the last answers are saved, ask again what is due next (for the summary).
  const finished = session.position >= session.order.length;
  const { refetch } = queue;
  useEffect(() => {
    if (finished && sync.pending === 0) void refetch();
  }, [finished, sync.pending, refetch]);

  const index = session.order[session.position];
  const item = index === undefined ? undefined : session.items[index];
  const total = session.order.length;

  // The veil goes once the resumed session is on screen: as it renders, or, for an ordering
  // question, once its control has loaded (QuestionCard's onShown), since the card grows then.
  const liftsWhenShown = mode === "quiz" && item?.question.type === "ordering";
  useLayoutEffect(() => {
    if (resumed && !liftsWhenShown) liftResumeVeil();
  }, [resumed, liftsWhenShown]);

  // A tap on the server-rendered card before the page was live is replayed on it, once the
  // session shows the card it will keep (early-tap.ts).
  const shownQuestionId = item?.question.id;
  useEffect(() => {
    if (resumed) takeEarlyTap(shownQuestionId);
  }, [resumed, shownQuestionId]);

  if (!item) {
    return (
      <>
        <SessionSummary session={session} queue={queue.data} onStartAnother={startAnother} pendingSaves={sync.pending} />
        <SyncStatus state={sync} onRetry={() => void sync.retryNow()} />
      </>
    );
  }

  // A card that came back: counted once as new, previewed from its memory as this session moved it.
  const returning = session.order.slice(0, session.position).includes(index as number);
  const returnsLeft = (session.returns[item.itemId] ?? 0) < MAX_RETURNS;
  const wasNew = item.kind === "new" && !returning;
  // A card returns only after a miss, which waited for the preview to load.
  const intervals =
    returning && preview
      ? preview.previewLabels(session.memory[item.itemId] ?? item.state, new Date(), queue.data.desiredRetention ?? 0.9)
      : item.intervals;
  // A fresh id per answer, made when the answer is given; retries reuse it from the outbox.
  const reviewBase = () => ({ id: newReviewId(), questionId: item.question.id, reviewedAt: new Date().toISOString() });

  return (
    <div className="study" data-item-id={item.itemId} data-question-id={item.question.id}>
      <SessionProgress done={session.position} total={total} />
      {returning && (
        <p className="return-badge" role="note" data-testid="return-badge">
          Again: you missed this one a few cards ago.
        </p>
      )}
      {item.leech && (
        <p className="leech-badge" role="note">
          Leech: you have forgotten this card many times. Reread its event on the timeline after answering.
        </p>
      )}
      {mode === "flashcard" ? (
        <Flashcard
          key={`${session.position}-${item.question.id}`}
          question={item.question}
          intervals={intervals}
          onGrade={(grade, responseMs) => {
            sync.record({ ...reviewBase(), mode: "flashcard", rating: grade, responseMs });
            void advance(grade !== "again", wasNew);
          }}
        />
      ) : (
        <QuestionCard
          key={`${session.position}-${item.question.id}`}
          question={item.question}
          onShown={resumed ? liftResumeVeil : undefined}
          onAnswered={(answer: AnsweredQuestion) =>
            sync.record({ ...reviewBase(), mode: "quiz", response: answer.response, responseMs: answer.responseMs })
          }
          footer={(answer) => (
            <button
              type="button"
              className="button button-primary button-block next-button"
              autoFocus
              onClick={() => void advance(answer.result.correct, wasNew)}
            >
              {session.position + 1 < total || (!answer.result.correct && returnsLeft) ? "Next question" : "See summary"}
            </button>
          )}
        />
      )}
      <SyncStatus state={sync} onRetry={() => void sync.retryNow()} />
      <p className="session-exit">
        <Link href="/study">End session</Link>
      </p>
    </div>
  );
}
