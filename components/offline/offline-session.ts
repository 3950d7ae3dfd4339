/**
 * Today's session built on the device from its offline pack (offline-pack.ts). Kept apart from the
 * pack's storage because it brings the scheduler (ts-fsrs) and the card-state schema with it:
 * only the offline copies of the study pages need it, and they load it when they open.
 */
import { buildOfflineQueue, OFFLINE_SESSION_SIZE, type OfflineStudyQueue } from "@/lib/study/offline-queue";
import { readAnswered, readPack } from "./offline-pack";

/** Today's session from the pack, at the device's clock; null when there is no pack here. */
export async function buildSessionFromPack(
  userId: string,
  now: Date,
  mode: "quiz" | "flashcard" = "quiz",
): Promise<OfflineStudyQueue | null> {
  const [pack, answered] = await Promise.all([readPack(userId), readAnswered(userId)]);
  if (!pack) return null;
  return buildOfflineQueue(pack, { now, answered, utcOffsetMinutes: -now.getTimezoneOffset(), size: OFFLINE_SESSION_SIZE, mode });
}
