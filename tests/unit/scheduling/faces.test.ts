import { describe, expect, it } from "vitest";
import type { QuestionType } from "@/lib/domain";
import { chooseFace, createScheduler, RECALL_STABILITY_DAYS, wantedFaceKind, type CardState } from "@/lib/scheduling";

const NOW = new Date("2026-03-01T09:00:00Z");
const DAY = 86_400_000;
const face = (type: QuestionType, id = `q-${type}`) => ({ id, type });
const FACT = [face("multiple_choice"), face("true_false"), face("cloze"), face("typed")];

function reviewState(stability: number): CardState {
  return {
    due: new Date(NOW.getTime() + stability * DAY),
    stability,
    difficulty: 5,
    elapsedDays: 3,
    scheduledDays: Math.round(stability),
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    state: "review",
    lastReview: new Date(NOW.getTime() - 3 * DAY),
  };
}

describe("chooseFace: the face follows the memory", () => {
  it("asks a new item with a recognition face", () => {
    expect(wantedFaceKind(null)).toBe("recognition");
    expect(["multiple_choice", "true_false"]).toContain(chooseFace(FACT, null)?.type);
  });

  it("asks learning and relearning items with a recognition face, whatever their stability", () => {
    for (const state of ["learning", "relearning"] as const) {
      const s = { ...reviewState(30), state };
      expect(["multiple_choice", "true_false"]).toContain(chooseFace(FACT, s)?.type);
    }
  });

  it("switches to a recall face once a review item's stability reaches the threshold", () => {
    expect(RECALL_STABILITY_DAYS).toBe(7);
    expect(["multiple_choice", "true_false"]).toContain(chooseFace(FACT, reviewState(RECALL_STABILITY_DAYS - 0.01))?.type);
    expect(["cloze", "typed"]).toContain(chooseFace(FACT, reviewState(RECALL_STABILITY_DAYS))?.type);
  });

  it("reaches recall after a few successful recognitions spread over days, not within one sitting", () => {
    const scheduler = createScheduler();
    let state: CardState | null = null;
    let at = NOW;
    const kinds: string[] = [];
    for (let i = 0; i < 4; i++) {
      kinds.push(wantedFaceKind(state));
      state = scheduler.review(state, "good", at).state;
      at = state.due;
    }
    expect(kinds[0]).toBe("recognition");
    expect(kinds[1]).toBe("recognition");
    expect(kinds).toContain("recall");
  });

  it("falls back to the other kind when the item has none of the wanted one", () => {
    expect(chooseFace([face("typed")], null)?.type).toBe("typed");
    expect(chooseFace([face("multiple_choice")], reviewState(40))?.type).toBe("multiple_choice");
  });

  it("asks an exercise with its own question", () => {
    expect(chooseFace([face("ordering")], null)?.type).toBe("ordering");
    expect(chooseFace([face("matching")], reviewState(40))?.type).toBe("matching");
  });

  it("rotates between faces of the wanted kind with the review count, deterministically", () => {
    const first = chooseFace(FACT, { ...reviewState(2), reps: 2 });
    const second = chooseFace(FACT, { ...reviewState(2), reps: 3 });
    expect(first?.id).not.toBe(second?.id);
    expect(chooseFace([...FACT].reverse(), { ...reviewState(2), reps: 2 })).toEqual(first);
  });

  it("gives flashcards a front that stands alone, never a true/false statement or an exercise", () => {
    expect(chooseFace(FACT, null, "flashcard")?.type).toBe("typed");
    expect(chooseFace([face("multiple_choice"), face("true_false")], null, "flashcard")?.type).toBe("multiple_choice");
    expect(chooseFace([face("true_false")], null, "flashcard")).toBeUndefined();
    expect(chooseFace([face("ordering")], null, "flashcard")).toBeUndefined();
    expect(chooseFace([face("matching")], null, "flashcard")).toBeUndefined();
  });
});
