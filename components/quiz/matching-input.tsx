"use client";

import { useState } from "react";
import type { LabelledItem, MatchingPair } from "@/lib/questions/types";

/**
 * Matching: each left item gets a native select of the right items — works the same with a
 * thumb, a mouse, a keyboard or a screen reader. An option already used elsewhere is marked so.
 */
export function MatchingInput({
  left,
  right,
  onSubmit,
  disabled,
}: {
  left: LabelledItem[];
  right: LabelledItem[];
  onSubmit: (pairs: MatchingPair[]) => void;
  disabled: boolean;
}) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const used = new Set(Object.values(chosen));

  return (
    <form
      className="matching"
      onSubmit={(event) => {
        event.preventDefault();
        const missing = left.filter((l) => !chosen[l.id]);
        if (missing.length > 0) {
          setError(`Match every item first (${missing.length} left).`);
          return;
        }
        onSubmit(left.map((l) => ({ left: l.id, right: chosen[l.id] ?? "" })));
      }}
    >
      <ul className="matching-list">
        {left.map((item) => (
          <li key={item.id} className="matching-row">
            <label htmlFor={`match-${item.id}`}>{item.label}</label>
            <select
              id={`match-${item.id}`}
              value={chosen[item.id] ?? ""}
              disabled={disabled}
              onChange={(event) => {
                setChosen({ ...chosen, [item.id]: event.target.value });
                setError(null);
              }}
            >
              <option value="">Choose…</option>
              {right.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                  {used.has(option.id) && chosen[item.id] !== option.id ? " (used)" : ""}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-block" disabled={disabled}>
        Check matches
      </button>
    </form>
  );
}
