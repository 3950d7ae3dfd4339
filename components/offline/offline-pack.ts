/**
 * The student's offline pack on this device (see lib/study/offline-queue.ts): fetched while
 * online, kept in IndexedDB under the student's id, and turned into a session when there is no
 * network. Answers given on this device are noted beside it, so an offline session never shows a
 * card again that was already answered after the pack was made.
 */
// Types only: this module is on every student page (the outbox marks answers here), while the queue
// builder brings the scheduler with it and is needed only offline (offline-session.ts).
import type { AnsweredOnDevice, OfflinePack } from "@/lib/study/offline-queue";
import { answeredKey, packKey } from "@/lib/offline/storage-names";
import { deleteValue, readValue, updateValue, writeValue } from "./offline-store";

export async function readPack(userId: string): Promise<OfflinePack | null> {
  const pack = await readValue<OfflinePack>(packKey(userId));
  return pack && pack.userId === userId ? pack : null;
}

export async function readAnswered(userId: string): Promise<AnsweredOnDevice> {
  return (await readValue<Record<string, string>>(answeredKey(userId))) ?? {};
}

export async function markAnswered(userId: string, questionId: string, at: string): Promise<void> {
  await updateValue<Record<string, string>>(answeredKey(userId), (old = {}) => ({ ...old, [questionId]: at }));
}

/**
 * Fetch a fresh pack and keep it. Call it only when no answer is waiting to be sent, so the
 * server's pack already knows every earlier answer; answers given while it was on its way are kept.
 * @returns the pack, or null when the server could not be reached or refused
 */
export async function refreshPack(userId: string): Promise<OfflinePack | null> {
  const requestedAt = new Date().toISOString();
  let pack: OfflinePack;
  try {
    const response = await fetch("/api/study/offline-pack", { cache: "no-store" });
    if (!response.ok) return null;
    pack = (await response.json()) as OfflinePack;
  } catch {
    return null;
  }
  if (pack.userId !== userId) return null; // signed in as someone else meanwhile
  await writeValue(packKey(userId), pack);
  await updateValue<Record<string, string>>(answeredKey(userId), (old = {}) =>
    Object.fromEntries(Object.entries(old).filter(([, at]) => at >= requestedAt)),
  );
  return pack;
}

export async function forgetPack(userId: string): Promise<void> {
  await Promise.all([deleteValue(packKey(userId)), deleteValue(answeredKey(userId))]);
}
