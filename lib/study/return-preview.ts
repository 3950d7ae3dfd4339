/**
 * Flashcard grade previews for a card that comes back in the same session: the item was just
 * answered "again", so its memory (and each grade's next interval) differs from when the session
 * was made. Same scheduler as the server; pure (the caller passes `now`).
 */
import type { ReviewRating } from "@/lib/domain";
// The modules themselves, not the lib/scheduling index: this runs in the browser, and the index
// also brings the settings schemas (zod) that the study session never uses.
import { parseCardState, type CardState } from "@/lib/scheduling/card-state";
import { createScheduler } from "@/lib/scheduling/scheduler";

/** A state read back from JSON (or as-is); null for a new item or a damaged state. */
function parse(state: unknown): CardState | null {
  if (state === null || state === undefined) return null;
  return parseCardState(state);
}

/** The item's memory after an "again" at `at`, from `state` (stored, JSON-parsed, or null for new). */
export function againFrom(state: unknown, at: Date, desiredRetention: number): CardState {
  return createScheduler({ desiredRetention }).review(parse(state), "again", at).state;
}

/** The grade labels for an item in `state` at `now`. */
export function previewLabels(state: unknown, now: Date, desiredRetention: number): Record<ReviewRating, string> {
  const preview = createScheduler({ desiredRetention }).previewIntervals(parse(state), now);
  return { again: preview.again.label, hard: preview.hard.label, good: preview.good.label, easy: preview.easy.label };
}
