"use client";

import { useEffect } from "react";

/** True / false: two buttons; keys T and F too. */
export function TrueFalseInput({ onPick, disabled }: { onPick: (value: boolean) => void; disabled: boolean }) {
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
      <button type="button" className="choice choice-true" onClick={() => onPick(true)} disabled={disabled}>
        True
      </button>
      <button type="button" className="choice choice-false" onClick={() => onPick(false)} disabled={disabled}>
        False
      </button>
    </div>
  );
}
