"use client";

import { useEffect, useState } from "react";
import { reviewSyncFor } from "@/components/study/review-sync";
import { afterPageLoad } from "./after-page-load";
import { adoptDeviceUser } from "./device-user";
import { readPack, refreshPack } from "./offline-pack";
import { hasSavedPages, savePagesFor } from "./page-cache";

const REFRESH_AFTER_MS = 10 * 60 * 1000;

/**
 * Gets the device ready to study with no network when the study home opens online (again at most
 * every 10 minutes): sends waiting answers, then saves the student's offline pack (the next days'
 * cards) and their study pages, and waits for the service worker. Says so once all is in place.
 * Starts once the page has loaded, so none of it delays what the student came to see.
 */
export function OfflineReadiness({ userId }: { userId: string }) {
  const [cards, setCards] = useState<number | null>(null);

  useEffect(() => {
    if (!navigator.onLine || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    const prepare = async () => {
      await adoptDeviceUser(userId);
      let pack = await readPack(userId);
      // Coming back to the study home within minutes needs no new pack: answers given since are
      // noted beside the pack, so an offline session still leaves them out.
      const fresh =
        pack !== null && Math.abs(Date.now() - Date.parse(pack.generatedAt)) < REFRESH_AFTER_MS && (await hasSavedPages(userId));
      if (!fresh) {
        const sync = reviewSyncFor(userId);
        await sync.flush();
        // A pack made while answers still wait would not know them; keep the previous one then.
        if (sync.getState().pending === 0) pack = (await refreshPack(userId)) ?? pack;
        if (!(await savePagesFor(userId))) pack = null;
      }
      await navigator.serviceWorker.ready;
      if (!cancelled && pack) setCards(pack.cards.length);
    };
    const cancelStart = afterPageLoad(() => {
      prepare().catch(() => {
        // Offline use stays unavailable on this device; online study is unaffected.
      });
    });
    return () => {
      cancelled = true;
      cancelStart();
    };
  }, [userId]);

  return (
    <p className="offline-ready muted" role="status">
      {/* One short line: it appears seconds after the page, and a long one became the page's largest paint (Lighthouse LCP). */}
      {cards !== null && `✓ Saved for offline study: ${cards} card${cards === 1 ? "" : "s"}`}
    </p>
  );
}
