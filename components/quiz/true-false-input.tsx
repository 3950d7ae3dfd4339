"use client";

import { useEffect } from "react";

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

  return (
    <div className="true-false">
      {[true, false].map((value) => {
        const mark = !outcome ? "" : value === outcome.correct ? " choice-correct" : value === outcome.picked ? " choice-picked-wrong" : "";
        return (
          <button key={String(value)} type="button" className={`choice${mark}`} onClick={() => onPick(value)} disabled={disabled}>
            {value ? "True" : "False"}
            {outcome && value === outcome.picked && <span className="choice-mark">{value === outcome.correct ? "✓" : "✗"}</span>}
          </button>
        );
      })}
    </div>
  );
}
