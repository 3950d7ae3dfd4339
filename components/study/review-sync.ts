/**
 * Sends the outbox (review-outbox.ts) to POST /api/reviews: one sender per user per page, shared
 * by every component that shows or records answers (the study session, a scored quiz, the
 * offline banner), so two of them never send the same batch at once. Answers are put in the
 * outbox first and the student never waits for the network; failures are retried with backoff,
 * then again whenever a caller asks (a timer, the browser coming back online, "Retry now").
 */
import { markAnswered } from "@/components/offline/offline-pack";
import { addToOutbox, readOutbox, removeFromOutbox, sendReviews, type PendingReview, type SendResult } from "./review-outbox";

export interface SyncState {
  /** Answers not yet acknowledged by the server. */
  pending: number;
  /** Why the last attempt failed (still retrying), if it did. */
  error: string | null;
  /** Answers the server refused for good, with its reason. */
  rejected: string | null;
  /** The browser reports no network: answers wait on the device. */
  offline: boolean;
}

const BATCH = 50;
const RETRY_DELAYS_MS = [1000, 2000];

const isOffline = () => typeof navigator !== "undefined" && navigator.onLine === false;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendWithRetry(batch: PendingReview[]): Promise<SendResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendReviews(batch);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || isOffline()) throw error;
      await pause(delay);
    }
  }
}

export class ReviewSync {
  private state: SyncState = { pending: 0, error: null, rejected: null, offline: false };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private runAgain = false;

  constructor(private readonly userId: string) {}

  readonly getState = (): SyncState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<SyncState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Keep an answer (device first), then try to send it. */
  async record(review: PendingReview): Promise<void> {
    this.update({ pending: this.state.pending + 1 });
    await addToOutbox(this.userId, review);
    await markAnswered(this.userId, review.questionId, review.reviewedAt);
    await this.flush();
  }

  /** Send everything waiting; resolves when the outbox is empty or an attempt failed. */
  flush(): Promise<void> {
    if (this.running) {
      this.runAgain = true;
      return this.running;
    }
    this.running = this.sendAll().finally(() => {
      this.running = null;
      if (this.runAgain) {
        this.runAgain = false;
        void this.flush();
      }
    });
    return this.running;
  }

  private async sendAll(): Promise<void> {
    const offline = isOffline();
    try {
      for (;;) {
        const outbox = await readOutbox(this.userId);
        this.update({ pending: outbox.length, offline });
        const batch = outbox.slice(0, BATCH);
        if (batch.length === 0 || offline) return;
        const result = await sendWithRetry(batch);
        await removeFromOutbox(this.userId, [...result.acknowledged, ...(result.rejected?.ids ?? [])]);
        this.update({ error: null, rejected: result.rejected?.reason ?? this.state.rejected });
        if (result.acknowledged.length === 0 && !result.rejected) return;
      }
    } catch (error) {
      this.update({
        pending: (await readOutbox(this.userId)).length,
        offline: isOffline(),
        error: error instanceof Error ? error.message : "Could not reach the server.",
      });
    }
  }
}

const senders = new Map<string, ReviewSync>();

/** This page's sender for one user. */
export function reviewSyncFor(userId: string): ReviewSync {
  // The server renders the session too (the first card comes with the page) but never sends:
  // a throwaway sender there, not one kept per user for the life of the server process.
  if (typeof window === "undefined") return new ReviewSync(userId);
  let sync = senders.get(userId);
  if (!sync) {
    sync = new ReviewSync(userId);
    senders.set(userId, sync);
  }
  return sync;
}
