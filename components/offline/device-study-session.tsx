"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { StudySession, type StudyMode } from "@/components/study/study-session";
import type { StudyQueue } from "@/db/queries/study-queue";

/**
 * Today's session from the cards saved on this device (see offline-pack.ts). The session builder
 * is loaded when it is needed: the practice page imports this component for its offline copy only.
 */
const buildFromDevice = async (userId: string, mode: StudyMode): Promise<StudyQueue | null> =>
  (await import("./offline-session")).buildSessionFromPack(userId, new Date(), mode);

const loadFromDevice = async (userId: string, mode: StudyMode): Promise<StudyQueue> =>
  (await buildFromDevice(userId, mode)) ?? { items: [], dueCount: 0, newCount: 0, nextDueAt: null, desiredRetention: 0.9 };

/**
 * The practice page as saved for offline use: the session comes from the device, not the server,
 * and answers wait in the outbox until the network is back.
 */
export function DeviceStudySession({ userId, mode }: { userId: string; mode: StudyMode }) {
  const [queue, setQueue] = useState<StudyQueue | "none" | null>(null);

  useEffect(() => {
    let cancelled = false;
    void buildFromDevice(userId, mode).then((built) => {
      if (!cancelled) setQueue(built ?? "none");
    });
    return () => {
      cancelled = true;
    };
  }, [userId, mode]);

  if (queue === null) return <p className="muted">Loading your cards…</p>;
  if (queue === "none") {
    return (
      <section className="card" aria-labelledby="no-pack-title">
        <h2 id="no-pack-title">No cards saved on this device</h2>
        <p>Open Kizuna once while online and signed in: your next days of cards are then saved here for offline study.</p>
        <Link href="/study" className="button">
          Back to study home
        </Link>
      </section>
    );
  }
  return <StudySession userId={userId} mode={mode} query="" initialQueue={queue} loadQueue={() => loadFromDevice(userId, mode)} />;
}
