"use client";

import { useRef, useState } from "react";

/**
 * The header's navigation and account. Inline when there is room; on narrow or short screens (a
 * phone, landscape, large text) it folds behind a Menu button, so every link stays reachable and
 * nothing is clipped. Escape closes it and returns to the button; following a link closes it.
 */
export function SiteMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div className={`site-menu${open ? " is-open" : ""}`}>
      <button
        ref={toggle}
        type="button"
        className="button button-quiet menu-toggle"
        aria-expanded={open}
        aria-controls="site-menu-panel"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰</span> Menu
      </button>
      <div
        id="site-menu-panel"
        className="site-menu-panel"
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape" && open) {
            setOpen(false);
            toggle.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
