"use client";

import { useEffect } from "react";
import { choiceMark } from "./choice-input";

/** True / false: two buttons; keys T and F too. */
export function TrueFalseInput({
  onPick,
  disabled,
  outcome,
}: {
  onPick: (value: boolean) => void;
  disabled: boolean;
  outcome?: { picked: boolean; correct: boolean };
}) {
  useEffect(() => {
    if (disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "t" || event.key === "T") onPick(true);
      if (event.key === "f" || event.key === "F") onPick(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [disabled, onPick]);

  // Marked as multiple choice marks its choices: True is choice 0, False choice 1.
  const marked = outcome && { picked: outcome.picked ? 0 : 1, correct: outcome.correct ? 0 : 1 };
  return (
    <div className="true-false">
      {[true, false].map((value, index) => {
        const mark = choiceMark(index, marked);
        return (
          <button
            key={String(value)}
            type="button"
            className={`choice${mark ? ` ${mark.className}` : ""}`}
            onClick={() => onPick(value)}
            disabled={disabled}
          >
            {value ? "True" : "False"}
            {mark && <span className="choice-mark">{mark.label}</span>}
          </button>
        );
      })}
    </div>
  );
}
