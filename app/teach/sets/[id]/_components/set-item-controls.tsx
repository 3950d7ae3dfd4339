"use client";

import { useActionState } from "react";
import { editSetItemsAction } from "@/app/teach/_actions/sets";

/** Up / down / remove for one question of a set, or "Add" for a bank question. */
export function SetItemControls({
  setId,
  questionId,
  ops,
  label,
}: {
  setId: string;
  questionId: string;
  ops: ("up" | "down" | "remove" | "add")[];
  label: string;
}) {
  const [state, action, pending] = useActionState(editSetItemsAction, {});
  const names = { up: "Move up", down: "Move down", remove: "Remove", add: "Add to set" } as const;
  return (
    <form action={action} className="actions-inline">
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="questionId" value={questionId} />
      {ops.map((op) => (
        <button
          key={op}
          type="submit"
          name="op"
          value={op}
          className={`button${op === "remove" ? " button-danger" : ""}`}
          disabled={pending}
        >
          {names[op]}
          <span className="visually-hidden">: {label}</span>
        </button>
      ))}
      {state.message && (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}
