/**
 * A map shared by the whole server process and bounded in size. It lives on globalThis because
 * Next bundles route handlers, actions and pages separately, and every bundle must see the same
 * entries (a sign-out in one is seen by the others). When full it empties, so a flood of distinct
 * keys costs memory once and never grows it.
 */
const DEFAULT_MAX_ENTRIES = 10_000;

export interface ProcessCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Forget every entry whose key starts with `prefix`. */
  deleteWithPrefix(prefix: string): void;
}

export function processCache<V>(name: string, maxEntries = DEFAULT_MAX_ENTRIES): ProcessCache<V> {
  const store = globalThis as typeof globalThis & Record<string, Map<string, V> | undefined>;
  const map = (store[`__kizunaCache:${name}`] ??= new Map<string, V>());
  return {
    get: (key) => map.get(key),
    set(key, value) {
      if (map.size >= maxEntries && !map.has(key)) map.clear();
      map.set(key, value);
    },
    deleteWithPrefix(prefix) {
      for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key);
    },
  };
}
