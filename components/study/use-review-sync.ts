"use client";

import { useCallback, useEffect, useSyncExternalStore } from "react";
import type { PendingReview } from "./review-outbox";
import { reviewSyncFor, type SyncState } from "./review-sync";

export type { SyncState };

const SERVER_STATE: SyncState = { pending: 0, error: null, rejected: null, offline: false };
const RETRY_EVERY_MS = 15_000;

/**
 * Records answers in the background (see review-sync.ts) and keeps sending what waits: at once,
 * every 15 s while something waits, and when the browser comes back online. `pending` and `error`
 * stay visible until the answers are acknowledged.
 */
export function useReviewSync(userId: string) {
  const sync = reviewSyncFor(userId);
  const state = useSyncExternalStore(sync.subscribe, sync.getState, () => SERVER_STATE);

  useEffect(() => {
    void sync.flush(); // answers left over from a reload or an earlier offline session
    const retry = () => void sync.flush();
    const timer = window.setInterval(() => {
      if (sync.getState().pending > 0) retry();
    }, RETRY_EVERY_MS);
    window.addEventListener("online", retry);
    window.addEventListener("offline", retry);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", retry);
      window.removeEventListener("offline", retry);
    };
  }, [sync]);

  const record = useCallback((review: PendingReview) => void sync.record(review), [sync]);
  const retryNow = useCallback(() => sync.flush(), [sync]);
  return { ...state, record, retryNow };
}
