import type { SyncState } from "./use-review-sync";

/** Whether answers are saved. Quiet when all is well; clear and actionable when it is not. */
export function SyncStatus({ state, onRetry }: { state: SyncState; onRetry: () => void }) {
  if (state.rejected) {
    return (
      <p className="sync sync-bad" role="alert">
        Some answers could not be saved: {state.rejected}
      </p>
    );
  }
  if (state.offline && state.pending > 0) {
    return (
      <p className="sync" role="status" data-pending={state.pending}>
        {state.pending} answer{state.pending === 1 ? "" : "s"} saved on this device, sent when you are back online.
      </p>
    );
  }
  if (state.error && state.pending > 0) {
    return (
      <p className="sync sync-bad" role="status">
        {state.pending} answer{state.pending === 1 ? "" : "s"} not saved yet — {state.error} Retrying automatically.{" "}
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      </p>
    );
  }
  return (
    <p className="sync" role="status" data-pending={state.pending}>
      {state.pending > 0 ? "Saving…" : "All answers saved"}
    </p>
  );
}
