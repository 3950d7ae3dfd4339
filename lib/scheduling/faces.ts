/**
 * Which face (question) asks a knowledge item, following the student's memory of it.
 *
 * Recognition faces (multiple choice, true/false) show the answer among others: the student only has
 * to recognise it. Recall faces (cloze, typed) ask the student to produce it. A new item, or one in
 * (re)learning steps, is asked with a recognition face; once it is in review with a stability of at
 * least {@link RECALL_STABILITY_DAYS} — the student has kept it for about a week — it is asked with a
 * recall face. Seven days: FSRS-6's first "good" on a new card gives ≈ 2.3 days and the next "good"
 * ≈ 8–11 days, so an item earns recall after two or three successful recognitions spread over days,
 * not within one sitting. Ordering and matching exercises are items of their own, asked by their
 * one question. When an item has no face of the wanted kind, the other kind is used.
 *
 * Within a kind, faces rotate with the number of reviews, so the same multiple choice is not shown
 * every time; a new item starts with its multiple choice (never with a false statement to judge). Flashcards show a front that stands alone (the typed prompt first), never a
 * true/false statement and never an exercise.
 */
import type { QuestionType } from "@/lib/domain";
import type { CardState } from "./card-state";

/** Stability (days) from which a review item is asked with a recall face. */
export const RECALL_STABILITY_DAYS = 7;

export type FaceKind = "recognition" | "recall" | "exercise";

const KIND: Record<QuestionType, FaceKind> = {
  multiple_choice: "recognition",
  true_false: "recognition",
  cloze: "recall",
  typed: "recall",
  ordering: "exercise",
  matching: "exercise",
};

export function faceKindOf(type: QuestionType): FaceKind {
  return KIND[type];
}

/** Recognition is weaker evidence of memory than recall (see rating.ts). */
export function isRecognitionType(type: QuestionType): boolean {
  return KIND[type] === "recognition";
}

/** The face kind an item's memory calls for: recall once it is in review and stable enough. */
export function wantedFaceKind(state: CardState | null): "recognition" | "recall" {
  return state !== null && state.state === "review" && state.stability >= RECALL_STABILITY_DAYS ? "recall" : "recognition";
}

/** Flashcard fronts, best first: prompts that stand alone without choices. */
const FLASHCARD_ORDER: readonly QuestionType[] = ["typed", "multiple_choice", "cloze"];

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Within a kind, the face met first: a new item is introduced by its multiple choice (the answer among others), then true/false. */
const TYPE_RANK: Record<QuestionType, number> = { multiple_choice: 0, true_false: 1, typed: 0, cloze: 1, ordering: 0, matching: 0 };

/**
 * The face to show for an item in `mode`, or undefined if none fits (a flashcard session skips
 * exercises and true/false-only items). Deterministic for given faces and state.
 */
export function chooseFace<F extends { id: string; type: QuestionType }>(
  faces: readonly F[],
  state: CardState | null,
  mode: "quiz" | "flashcard" = "quiz",
): F | undefined {
  const sorted = [...faces].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || compareIds(a.id, b.id));
  const turn = state?.reps ?? 0;
  const pick = (pool: readonly F[]) => pool[turn % pool.length];
  if (mode === "flashcard") {
    for (const type of FLASHCARD_ORDER) {
      const pool = sorted.filter((f) => f.type === type);
      if (pool.length > 0) return pick(pool);
    }
    return undefined;
  }
  const exercise = sorted.filter((f) => faceKindOf(f.type) === "exercise");
  if (exercise.length > 0 && exercise.length === sorted.length) return pick(exercise);
  const wanted = wantedFaceKind(state);
  const other = wanted === "recall" ? "recognition" : "recall";
  for (const kind of [wanted, other]) {
    const pool = sorted.filter((f) => faceKindOf(f.type) === kind);
    if (pool.length > 0) return pick(pool);
  }
  return sorted.length > 0 ? pick(sorted) : undefined;
}
