/**
 * The session in progress, kept in localStorage so a reload (or a phone that killed the tab)
 * resumes on the same card with the same counts and the same returns to come. One session per
 * user; starting a different scope or mode replaces it.
 */
import type { QueueItem } from "@/db/queries/study-queue";
import type { SessionOrder } from "@/lib/study/session-plan";

/** Bumped when the stored shape changes: an older stored session is dropped, not misread. */
export const SESSION_VERSION = 2;

export interface StoredSession extends SessionOrder {
  version: typeof SESSION_VERSION;
  key: string;
  /** The planned cards, one per knowledge item; `order` indexes them (returns included). */
  items: QueueItem[];
  answered: number;
  correct: number;
  newLearned: number;
  /** Each item's memory as this session moved it (after a wrong answer), for the grade previews of its return. */
  memory: Record<string, unknown>;
  startedAt: string;
}

/** Where a user's session is kept in localStorage (resume-veil-script.ts reads it too). */
export const sessionStorageKey = (userId: string) => `kizuna:session:${userId}`;

/** Which session a page holds: one per mode and scope ("quiz?topic=…"). */
export const sessionKeyOf = (mode: string, query: string) => `${mode}${query}`;

/** A session that starts now from the given planned cards (in order). */
export function startSession(key: string, items: QueueItem[]): StoredSession {
  return {
    version: SESSION_VERSION,
    key,
    items,
    order: items.map((_, i) => i),
    position: 0,
    returns: {},
    answered: 0,
    correct: 0,
    newLearned: 0,
    memory: {},
    startedAt: new Date().toISOString(),
  };
}

export function loadSession(userId: string, key: string): StoredSession | null {
  try {
    const raw = localStorage.getItem(sessionStorageKey(userId));
    const session = raw ? (JSON.parse(raw) as Partial<StoredSession>) : null;
    return session && session.version === SESSION_VERSION && session.key === key && Array.isArray(session.order)
      ? (session as StoredSession)
      : null;
  } catch {
    return null;
  }
}

export function saveSession(userId: string, session: StoredSession): void {
  localStorage.setItem(sessionStorageKey(userId), JSON.stringify(session));
}

export function clearSession(userId: string): void {
  localStorage.removeItem(sessionStorageKey(userId));
}
