/**
 * Whose offline data this device holds. The student who studies here while online becomes the
 * device's current user (the service worker serves their saved pages); what another account left
 * here is deleted then, and sign-out deletes the signed-out user's. Answers not yet sent are the
 * one thing kept: they belong to their author and go out when that author is next online here.
 */
import { clearSession } from "@/components/study/session-store";
import { reviewSyncFor } from "@/components/study/review-sync";
import { answeredKey, CURRENT_USER_KEY, packKey } from "@/lib/offline/storage-names";
import { forgetPack } from "./offline-pack";
import { deleteValue, listKeys, readValue, writeValue } from "./offline-store";
import { deletePages } from "./page-cache";

export async function adoptDeviceUser(userId: string): Promise<void> {
  await writeValue(CURRENT_USER_KEY, userId);
  const mine = new Set([packKey(userId), answeredKey(userId)]);
  const others = (await listKeys()).filter((key) => (key.startsWith("pack:") || key.startsWith("answered:")) && !mine.has(key));
  await Promise.all([...others.map(deleteValue), deletePages({ allBut: userId })]);
}

/** At sign-out: send what waits (while the session still exists), then delete this user's cached data. */
export async function forgetDeviceUser(userId: string): Promise<void> {
  if (navigator.onLine) await reviewSyncFor(userId).flush();
  clearSession(userId);
  await Promise.all([forgetPack(userId), deletePages({ of: userId })]);
  if ((await readValue<string>(CURRENT_USER_KEY)) === userId) await deleteValue(CURRENT_USER_KEY);
}
