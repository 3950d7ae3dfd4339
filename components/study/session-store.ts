/**
 * The session in progress, kept in localStorage so a reload (or a phone that killed the tab)
 * resumes on the same card with the same counts. One session per user; starting a different
 * scope or mode replaces it.
 */
import type { QueueItem } from "@/db/queries/study-queue";

export interface StoredSession {
  key: string;
  items: QueueItem[];
  /** Index of the card on screen. */
  position: number;
  answered: number;
  correct: number;
  newLearned: number;
  /** Earliest next due among the answers given (ISO), for the summary. */
  startedAt: string;
}

const KEY = (userId: string) => `kizuna:session:${userId}`;

export function loadSession(userId: string, key: string): StoredSession | null {
  try {
    const raw = localStorage.getItem(KEY(userId));
    const session = raw ? (JSON.parse(raw) as StoredSession) : null;
    return session && session.key === key ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(userId: string, session: StoredSession): void {
  localStorage.setItem(KEY(userId), JSON.stringify(session));
}

export function clearSession(userId: string): void {
  localStorage.removeItem(KEY(userId));
}
