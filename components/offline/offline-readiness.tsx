"use client";

import { useEffect, useState } from "react";
import { reviewSyncFor } from "@/components/study/review-sync";
import { adoptDeviceUser } from "./device-user";
import { readPack, refreshPack } from "./offline-pack";
import { savePagesFor } from "./page-cache";

/**
 * Gets the device ready to study with no network, each time the study home opens online: sends
 * waiting answers, then saves the student's offline pack (the next days' cards) and their study
 * pages, and waits for the service worker. Says so once all of it is in place.
 */
export function OfflineReadiness({ userId }: { userId: string }) {
  const [cards, setCards] = useState<number | null>(null);

  useEffect(() => {
    if (!navigator.onLine || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    void (async () => {
      await adoptDeviceUser(userId);
      const sync = reviewSyncFor(userId);
      await sync.flush();
      // A pack made while answers still wait would not know them; keep the previous one then.
      if (sync.getState().pending === 0) await refreshPack(userId);
      const [pack, pagesSaved] = await Promise.all([readPack(userId), savePagesFor(userId)]);
      await navigator.serviceWorker.ready;
      if (!cancelled && pack && pagesSaved) setCards(pack.cards.length);
    })().catch(() => {
      // Offline use stays unavailable on this device; online study is unaffected.
    });
    return () => {
      cancelled = true;
    };
  }, [userId]);

  return (
    <p className="offline-ready muted" role="status">
      {cards !== null && `Ready to study offline: ${cards} card${cards === 1 ? "" : "s"} for the next days saved on this device.`}
    </p>
  );
}
