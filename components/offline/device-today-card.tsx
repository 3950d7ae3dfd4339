"use client";

import { useEffect, useState } from "react";
import { TodayCard } from "@/components/study/today-card";
import type { OfflineStudyQueue } from "@/lib/study/offline-queue";

/**
 * "Today" on the study home as saved for offline use: counted from the cards on this device. The
 * study home imports this for its offline copy only, so the session builder (and the scheduler
 * with it) is loaded when this shows, not with every online visit of the page.
 */
export function DeviceTodayCard({ userId }: { userId: string }) {
  const [queue, setQueue] = useState<OfflineStudyQueue | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import("./offline-session")
      .then(({ buildSessionFromPack }) => buildSessionFromPack(userId, new Date()))
      .then((built) => {
        if (!cancelled) setQueue(built ?? { items: [], dueCount: 0, newCount: 0, nextDueAt: null, desiredRetention: 0.9 });
      });
    return () => {
      cancelled = true;
    };
  }, [userId]);
  if (!queue) return <p className="muted">Loading your cards…</p>;
  return <TodayCard dueCount={queue.dueCount} newCount={queue.newCount} nextDueAt={queue.nextDueAt} countsFor="next session" />;
}
