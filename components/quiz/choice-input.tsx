"use client";

import { useEffect } from "react";

/** Multiple choice: one large button per choice; keys 1–4 pick too. */
export function ChoiceInput({ choices, onPick, disabled }: { choices: string[]; onPick: (index: number) => void; disabled: boolean }) {
  useEffect(() => {
    if (disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.metaKey || event.ctrlKey || event.altKey) return;
      const index = Number(event.key) - 1;
      if (Number.isInteger(index) && index >= 0 && index < choices.length) onPick(index);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [choices.length, disabled, onPick]);

  return (
    <ol className="choice-list">
      {choices.map((choice, index) => (
        <li key={choice}>
          <button type="button" className="choice" onClick={() => onPick(index)} disabled={disabled}>
            <span className="choice-key" aria-hidden="true">
              {index + 1}
            </span>
            <span>{choice}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
