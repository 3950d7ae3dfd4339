/**
 * Ask V8 for a full collection now. Used once, after the embedded database is reopened on a
 * first start: the replaced PGlite instance's WebAssembly memory (~190 MiB, plus initdb's) is
 * garbage the moment it is closed, but an idle server may not collect it for minutes, and until
 * then the server holds it resident (npm run bench:memory saw 710 MiB for 8 s of idle, then 310).
 * Node exposes `gc` only behind --expose-gc; setting that flag at run time and reading `gc` from a
 * new context is the way V8 allows it without changing how the server is started.
 */
import v8 from "node:v8";
import vm from "node:vm";

export function collectGarbageNow(): void {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as (() => void) | undefined;
    gc?.();
  } catch {
    // Not in Node (or gc refused): the memory still goes with the next ordinary collection.
  }
}
