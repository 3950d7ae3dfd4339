/**
 * Answers waiting to reach the server. Every answer is put here first (in IndexedDB, see
 * offline-store, so a reload, a closed tab or a day without network loses nothing), then sent in
 * batches; an entry leaves only when the server has acknowledged its id. Because ids are generated
 * here and the server is idempotent, sending an entry twice is harmless.
 */
import type { ReviewMode, ReviewRating } from "@/lib/domain";
import { readValue, updateValue } from "@/components/offline/offline-store";
import { outboxKey } from "@/lib/offline/storage-names";

export interface PendingReview {
  id: string;
  questionId: string;
  mode: ReviewMode;
  rating?: ReviewRating;
  response?: unknown;
  responseMs: number;
  reviewedAt: string;
}

/** Where the outbox lived before it moved to IndexedDB: moved over once, so no answer is lost. */
const LEGACY_KEY = (userId: string) => `kizuna:outbox:${userId}`;

async function adoptLegacyOutbox(userId: string): Promise<void> {
  if (typeof localStorage === "undefined") return;
  const raw = localStorage.getItem(LEGACY_KEY(userId));
  if (raw === null) return;
  let legacy: PendingReview[] = [];
  try {
    legacy = JSON.parse(raw) as PendingReview[];
  } catch {
    legacy = [];
  }
  await updateValue<PendingReview[]>(outboxKey(userId), (old = []) => mergeById(old, legacy));
  localStorage.removeItem(LEGACY_KEY(userId));
}

function mergeById(a: PendingReview[], b: PendingReview[]): PendingReview[] {
  const ids = new Set(a.map((r) => r.id));
  return [...a, ...b.filter((r) => !ids.has(r.id))];
}

export async function readOutbox(userId: string): Promise<PendingReview[]> {
  await adoptLegacyOutbox(userId);
  return (await readValue<PendingReview[]>(outboxKey(userId))) ?? [];
}

export async function addToOutbox(userId: string, review: PendingReview): Promise<void> {
  await updateValue<PendingReview[]>(outboxKey(userId), (old = []) => mergeById(old, [review]));
}

export async function removeFromOutbox(userId: string, ids: string[]): Promise<void> {
  const done = new Set(ids);
  await updateValue<PendingReview[]>(outboxKey(userId), (old = []) => old.filter((r) => !done.has(r.id)));
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
