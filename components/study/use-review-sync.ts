"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { addToOutbox, readOutbox, removeFromOutbox, sendReviews, type PendingReview } from "./review-outbox";

export interface SyncState {
  /** Answers not yet acknowledged by the server. */
  pending: number;
  /** Why the last attempt failed (still retrying), if it did. */
  error: string | null;
  /** Answers the server refused for good, with its reason. */
  rejected: string | null;
}

const BATCH = 50;

/**
 * Records answers in the background: the student never waits for the network. Failures are
 * retried (TanStack Query's retry with backoff, then again every 15 s and when the browser
 * comes back online) and stay visible through `pending` and `error` until they succeed.
 */
export function useReviewSync(userId: string) {
  const [state, setState] = useState<SyncState>({ pending: 0, error: null, rejected: null });
  const flushing = useRef(false);
  const { mutateAsync } = useMutation({
    mutationFn: sendReviews,
    retry: 2,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
  });

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        const batch: PendingReview[] = readOutbox(userId).slice(0, BATCH);
        if (batch.length === 0) break;
        const result = await mutateAsync(batch);
        removeFromOutbox(userId, [...result.acknowledged, ...(result.rejected?.ids ?? [])]);
        setState((s) => ({ ...s, error: null, rejected: result.rejected?.reason ?? s.rejected, pending: readOutbox(userId).length }));
        if (result.acknowledged.length === 0 && !result.rejected) break;
      }
    } catch (error) {
      setState((s) => ({
        ...s,
        pending: readOutbox(userId).length,
        error: error instanceof Error ? error.message : "Could not reach the server.",
      }));
    } finally {
      flushing.current = false;
    }
  }, [mutateAsync, userId]);

  const record = useCallback(
    (review: PendingReview) => {
      addToOutbox(userId, review);
      setState((s) => ({ ...s, pending: readOutbox(userId).length }));
      void flush();
    },
    [flush, userId],
  );

  useEffect(() => {
    setState((s) => ({ ...s, pending: readOutbox(userId).length }));
    void flush(); // answers left over from a reload or an earlier offline session
    const retry = () => readOutbox(userId).length > 0 && void flush();
    const timer = window.setInterval(retry, 15_000);
    window.addEventListener("online", retry);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [flush, userId]);

  return { ...state, record, retryNow: flush };
}
