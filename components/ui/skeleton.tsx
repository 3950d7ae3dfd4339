/**
 * Loading placeholders for the data-heavy pages, shown by a <Suspense> boundary while a page's
 * queries run: grey blocks shaped like what is coming, so the page does not jump when it
 * arrives. Screen readers hear one "Loading …" status instead of the blocks. Styles are the
 * .skeleton-* rules in app/globals.css; the pulse stops under prefers-reduced-motion.
 */

/** Line widths that look like text without being random (renders are pure). */
const WIDTHS = ["100%", "92%", "78%", "86%", "64%"];

/** The boundary's fallback: an announced label and the placeholder blocks. */
export function Skeleton({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="status" className="skeleton">
      <span className="visually-hidden">{label}</span>
      <div className="stack" aria-hidden="true">
        {children}
      </div>
    </div>
  );
}

export function SkeletonLines({ count = 3 }: { count?: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="skeleton-block skeleton-line" style={{ width: WIDTHS[i % WIDTHS.length] }} />
      ))}
    </>
  );
}

/** A card: a heading bar, then lines of text or taller rows (lists, table rows, chart bars). */
export function SkeletonCard({ lines = 3, rows = 0, chart = false }: { lines?: number; rows?: number; chart?: boolean }) {
  return (
    <div className="card">
      <span className="skeleton-block skeleton-heading" />
      <SkeletonLines count={lines} />
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} className="skeleton-block skeleton-row" />
      ))}
      {chart && <span className="skeleton-block skeleton-chart" />}
    </div>
  );
}

/** A row of figure tiles, as the pages' <dl className="stats stats-wide">. */
export function SkeletonStats({ count }: { count: number }) {
  return (
    <div className="skeleton-stats">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="skeleton-block skeleton-stat" />
      ))}
    </div>
  );
}
