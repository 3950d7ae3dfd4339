"use client";

import { useState } from "react";
import type { LabelledItem, MatchingPair } from "@/lib/questions/types";

type Side = "left" | "right";

/**
 * Matching by tapping: tap an item, then its match (in either column; tapping a matched item again
 * re-pairs it). Every item is a plain button whose label wraps, so long labels are never cut, and
 * it works the same with a thumb, a mouse, a keyboard (Tab, Enter) or a screen reader. Each pair
 * shows the same number on both sides and names its partner in words, never by colour alone.
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
  /** left id → right id */
  const [pairs, setPairs] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<{ side: Side; id: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);

  const labelOf = (side: Side, id: string) => (side === "left" ? left : right).find((item) => item.id === id)?.label ?? "";
  const leftFor = (rightId: string) => Object.keys(pairs).find((leftId) => pairs[leftId] === rightId);
  const pairNumber = (leftId: string) => left.findIndex((item) => item.id === leftId) + 1;

  const join = (leftId: string, rightId: string) => {
    const next = Object.fromEntries(Object.entries(pairs).filter(([l, r]) => l !== leftId && r !== rightId));
    next[leftId] = rightId;
    setPairs(next);
    setPicked(null);
    setError(null);
    setAnnouncement(
      `${labelOf("left", leftId)} matched with ${labelOf("right", rightId)}. ${Object.keys(next).length} of ${left.length} matched.`,
    );
  };

  const tap = (side: Side, id: string) => {
    if (picked && picked.side !== side) {
      if (side === "right") join(picked.id, id);
      else join(id, picked.id);
      return;
    }
    if (picked?.id === id) {
      setPicked(null);
      setAnnouncement(`${labelOf(side, id)} no longer selected.`);
      return;
    }
    setPicked({ side, id });
    setAnnouncement(`${labelOf(side, id)} selected. Now choose its match.`);
  };

  const hint = picked
    ? `Now tap the match for “${labelOf(picked.side, picked.id)}”.`
    : `Tap an item, then its match. ${Object.keys(pairs).length} of ${left.length} matched.`;

  const column = (side: Side, items: LabelledItem[], title: string) => (
    <div className="matching-column" role="group" aria-labelledby={`matching-${side}-title`}>
      <p id={`matching-${side}-title`} className="matching-column-title">
        {title}
      </p>
      <ul className="matching-list">
        {items.map((item) => {
          const partnerLeft = side === "left" ? (pairs[item.id] ? item.id : undefined) : leftFor(item.id);
          const partner = side === "left" ? pairs[item.id] : partnerLeft;
          const isPicked = picked?.side === side && picked.id === item.id;
          return (
            <li key={item.id}>
              <button
                id={`match-${side}-${item.id}`}
                type="button"
                className={`match-item${isPicked ? " match-picked" : ""}${partner ? " match-paired" : ""}`}
                aria-pressed={isPicked}
                disabled={disabled}
                onClick={() => tap(side, item.id)}
              >
                <span className="match-badge" aria-hidden="true">
                  {partnerLeft ? pairNumber(partnerLeft) : ""}
                </span>
                <span className="match-text">
                  <span className="match-label">{item.label}</span>
                  {partner && (
                    // The left item names its partner on screen; the right one shows the pair's number only.
                    <span className={side === "left" ? "match-partner" : "visually-hidden"}>
                      <span className="visually-hidden">, matched with </span>
                      <span aria-hidden="true">↔ </span>
                      {labelOf(side === "left" ? "right" : "left", partner)}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );

  return (
    <form
      className="matching"
      onSubmit={(event) => {
        event.preventDefault();
        const missing = left.filter((l) => !pairs[l.id]);
        if (missing.length > 0) {
          setError(`Match every item first (${missing.length} left).`);
          return;
        }
        onSubmit(left.map((l) => ({ left: l.id, right: pairs[l.id] ?? "" })));
      }}
    >
      <p className="matching-hint muted">{hint}</p>
      <div className="matching-columns">
        {column("left", left, "Items")}
        {column("right", right, "Matches")}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
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
