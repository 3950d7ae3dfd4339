/**
 * Answers waiting to reach the server. Every answer is put here first (in localStorage, so a
 * reload or a dropped connection loses nothing), then sent in batches; an entry leaves only when
 * the server has acknowledged its id. Because ids are generated here and the server is
 * idempotent, sending an entry twice is harmless.
 */
import type { ReviewMode, ReviewRating } from "@/lib/domain";

export interface PendingReview {
  id: string;
  questionId: string;
  mode: ReviewMode;
  rating?: ReviewRating;
  response?: unknown;
  responseMs: number;
  reviewedAt: string;
}

const KEY = (userId: string) => `kizuna:outbox:${userId}`;

export function readOutbox(userId: string): PendingReview[] {
  try {
    const raw = localStorage.getItem(KEY(userId));
    return raw ? (JSON.parse(raw) as PendingReview[]) : [];
  } catch {
    return [];
  }
}

export function addToOutbox(userId: string, review: PendingReview): void {
  localStorage.setItem(KEY(userId), JSON.stringify([...readOutbox(userId), review]));
}

export function removeFromOutbox(userId: string, ids: string[]): void {
  const done = new Set(ids);
  localStorage.setItem(KEY(userId), JSON.stringify(readOutbox(userId).filter((r) => !done.has(r.id))));
}

export interface SendResult {
  acknowledged: string[];
  /** Reviews the server refused for good (4xx): they will never succeed, so they leave the outbox. */
  rejected: { ids: string[]; reason: string } | null;
}

/** POST a batch; resolves with what the server acknowledged, throws on network/5xx (retry later). */
export async function sendReviews(batch: PendingReview[]): Promise<SendResult> {
  const response = await fetch("/api/reviews", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ reviews: batch }),
  });
  if (response.ok) {
    const body = (await response.json()) as { results: { id: string }[] };
    return { acknowledged: body.results.map((r) => r.id), rejected: null };
  }
  if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 408 && response.status !== 429) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    return { acknowledged: [], rejected: { ids: batch.map((r) => r.id), reason: body.error ?? `refused (${response.status})` } };
  }
  throw new Error(
    response.status === 401 ? "You are signed out: sign in again to save your answers." : `The server answered ${response.status}.`,
  );
}
