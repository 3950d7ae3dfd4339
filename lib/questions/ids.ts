/**
 * Stable question ids. An id is a hash of what the question is about (type, event slug, fact id,
 * variant; or the sorted members of an ordering/matching question), never of its position in the
 * bank or of the seed, so a student's progress stays attached when the bank is regenerated or
 * events are added.
 */
import type { QuestionType } from "@/lib/domain";

/**
 * cyrb53: a fast 53-bit string hash (public domain, bryc). Not cryptographic; collisions in a
 * bank of a few thousand ids are vanishingly unlikely, and the bank builder checks for them.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 32-bit hash (for seeding generators and cheap deterministic choices). */
export function hash32(text: string): number {
  return (hash53(text) % 0x1_0000_0000) | 0;
}

/** "q-" + 10 base-36 characters of the hash of `key`. */
export function questionIdFromKey(key: string): string {
  return `q-${hash53(key).toString(36).padStart(11, "0").slice(-10)}`;
}

/** Id of a question made from one fact: hash of `${type}:${eventSlug}/${factId}:${variant}`. */
export function factQuestionId(type: QuestionType, eventSlug: string, factId: string, variant = "main"): string {
  return questionIdFromKey(`${type}:${eventSlug}/${factId}:${variant}`);
}

/** Id of an ordering or matching question: hash of its type, kind and sorted member ids. */
export function groupQuestionId(type: QuestionType, kind: string, memberIds: readonly string[]): string {
  return questionIdFromKey(`${type}:${kind}:${[...memberIds].sort().join(",")}`);
}
