"use client";

import { useState } from "react";

/** Copies text (the join link) and says so; falls back to selecting it where the clipboard is blocked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(new URL(text, window.location.origin).toString());
          setCopied(true);
        } catch {
          window.prompt("Copy this link:", new URL(text, window.location.origin).toString());
        }
      }}
    >
      {copied ? "Copied ✓" : label}
    </button>
  );
}
