/**
 * The device's key-value store for offline data (answers waiting to be sent, the offline pack):
 * IndexedDB through idb-keyval, which survives reloads, closed tabs and restarts, holds far more
 * than localStorage and is readable from the service worker. Where IndexedDB cannot be opened
 * (some private modes), localStorage stands in, so an answer is still never lost on a reload.
 */
import { createStore, del, get, keys, update, type UseStore } from "idb-keyval";
import { OFFLINE_DB, OFFLINE_STORE } from "@/lib/offline/storage-names";

let store: Promise<UseStore | null> | null = null;

/** Opens the store once per page; resolves to null when IndexedDB is unusable here. */
function idbStore(): Promise<UseStore | null> {
  store ??= (async () => {
    if (typeof indexedDB === "undefined") return null;
    try {
      const candidate = createStore(OFFLINE_DB, OFFLINE_STORE);
      await get("probe", candidate);
      return candidate;
    } catch {
      return null;
    }
  })();
  return store;
}

const fallbackKey = (key: string) => `kizuna:kv:${key}`;

export async function readValue<T>(key: string): Promise<T | undefined> {
  const idb = await idbStore();
  if (idb) return get<T>(key, idb);
  const raw = localStorage.getItem(fallbackKey(key));
  return raw === null ? undefined : (JSON.parse(raw) as T);
}

/** Read-modify-write in one IndexedDB transaction, so two quick answers cannot overwrite each other. */
export async function updateValue<T>(key: string, updater: (old: T | undefined) => T): Promise<void> {
  const idb = await idbStore();
  if (idb) return update<T>(key, updater, idb);
  const raw = localStorage.getItem(fallbackKey(key));
  localStorage.setItem(fallbackKey(key), JSON.stringify(updater(raw === null ? undefined : (JSON.parse(raw) as T))));
}

export async function writeValue<T>(key: string, value: T): Promise<void> {
  await updateValue<T>(key, () => value);
}

export async function deleteValue(key: string): Promise<void> {
  const idb = await idbStore();
  if (idb) return del(key, idb);
  localStorage.removeItem(fallbackKey(key));
}

/** Every key in the store (to find what other accounts left on this device). */
export async function listKeys(): Promise<string[]> {
  const idb = await idbStore();
  if (idb) return (await keys(idb)).map(String);
  const prefix = fallbackKey("");
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}
