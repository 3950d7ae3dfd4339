/** "n of m" with a bar, announced politely to screen readers. */
export function SessionProgress({ done, total }: { done: number; total: number }) {
  return (
    <div className="session-progress">
      <progress value={done} max={Math.max(total, 1)} aria-label={`${done} of ${total} answered`} />
      <span aria-live="polite">
        {done} of {total}
      </span>
    </div>
  );
}
