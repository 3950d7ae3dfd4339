"use client";

import { useEffect, useRef, useState } from "react";

/** Typed answers and cloze blanks: a text box and a Check button (Enter checks). */
export function TextAnswerInput({ label, onSubmit, disabled }: { label: string; onSubmit: (text: string) => void; disabled: boolean }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  return (
    <form
      className="text-answer"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) {
          setError("Type an answer first (or your best guess).");
          return;
        }
        onSubmit(text);
      }}
    >
      <label htmlFor="answer-input">{label}</label>
      <input
        ref={input}
        id="answer-input"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "answer-error" : undefined}
      />
      {error && (
        <p id="answer-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={disabled}>
        Check
      </button>
    </form>
  );
}
