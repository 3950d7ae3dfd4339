"use client";

import { useEffect } from "react";

/** Multiple choice: one large button per choice; keys 1–4 pick too. */
export function ChoiceInput({
  choices,
  onPick,
  disabled,
  outcome,
}: {
  choices: string[];
  onPick: (index: number) => void;
  disabled: boolean;
  /** After answering: which choice was picked and which is right, to mark them. */
  outcome?: { picked: number; correct: number };
}) {
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
      {choices.map((choice, index) => {
        const mark = choiceMark(index, outcome);
        return (
          <li key={choice}>
            <button type="button" className={`choice${mark ? ` ${mark.className}` : ""}`} onClick={() => onPick(index)} disabled={disabled}>
              <span className="choice-key" aria-hidden="true">
                {index + 1}
              </span>
              <span>{choice}</span>
              {mark && <span className="choice-mark">{mark.label}</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** How an answered choice is marked, in words as well as colour (true/false uses it too). */
export function choiceMark(index: number, outcome?: { picked: number; correct: number }) {
  if (!outcome) return null;
  if (index === outcome.correct) return { className: "choice-correct", label: index === outcome.picked ? "✓ Your answer" : "✓ Correct" };
  if (index === outcome.picked) return { className: "choice-picked-wrong", label: "✗ Your answer" };
  return null;
}
