"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * False on the server and during hydration, true afterwards. Components whose state lives in the
 * browser (localStorage, the local time zone) render their server fallback first and read the
 * browser once this is true, so hydration matches without a setState in an effect.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
