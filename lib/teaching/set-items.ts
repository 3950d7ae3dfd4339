/**
 * Editing the ordered question list of a quiz set, one button press at a time. Pure: the action
 * reads the current order, applies one edit here, and writes the whole new order back.
 */
import { DomainError } from "@/lib/errors";

export const SET_EDIT_OPS = ["up", "down", "remove", "add"] as const;
export type SetEditOp = (typeof SET_EDIT_OPS)[number];

export interface SetEdit {
  op: SetEditOp;
  questionId: string;
}

/** The ids with the question at `from` moved one place up or down (a swap with its neighbour). */
function swapWithNeighbour(ids: readonly string[], from: number, direction: "up" | "down"): string[] {
  const to = direction === "up" ? from - 1 : from + 1;
  const next = [...ids];
  next[from] = ids[to] as string;
  next[to] = ids[from] as string;
  return next;
}

/**
 * The set's question ids after one edit: move a question up or down one place, remove it, or add
 * a new one at the end. An edit that would change nothing (moving the first question up, adding
 * one already in the set, touching one not in it) or leave the set empty is refused with a
 * {@link DomainError} that says why; the input is never modified.
 */
export function applySetEdit(ids: readonly string[], { op, questionId }: SetEdit): string[] {
  const at = ids.indexOf(questionId);
  if (op === "add") {
    if (at !== -1) throw new DomainError("That question is already in the set.");
    return [...ids, questionId];
  }
  if (at === -1) throw new DomainError("That question is no longer in the set. Reload the page.");
  if (op === "remove") {
    if (ids.length === 1) throw new DomainError("A set needs at least one question: delete the set instead.");
    return ids.filter((_, index) => index !== at);
  }
  if ((op === "up" && at === 0) || (op === "down" && at === ids.length - 1)) throw new DomainError("Nothing to change.");
  return swapWithNeighbour(ids, at, op);
}
