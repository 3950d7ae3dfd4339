/**
 * Is PGLITE_DIR usable? Checked before the embedded database opens, so an unusable folder stops
 * start-up with one short message naming the variable, the path and the fix, instead of a server
 * that says "Ready" and then answers every page with a 500 and a misleading ENOENT.
 */
import fs from "node:fs";
import path from "node:path";

/** Below this, the first migration and seed may not fit; PGlite would fail half-way. */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

export class DataDirectoryError extends Error {
  constructor(
    readonly dir: string,
    problem: string,
    fix: string,
  ) {
    super(`PGLITE_DIR=${dir} cannot be used: ${problem}. ${fix}`);
    this.name = "DataDirectoryError";
  }
}

const FIX_PATH = "Set PGLITE_DIR to a folder this user can write to (it is created if missing), or use DATABASE_URL.";

function explain(dir: string, error: unknown): DataDirectoryError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOTDIR":
    case "EEXIST":
      return new DataDirectoryError(dir, "part of the path is a file, not a folder", FIX_PATH);
    case "EROFS":
      return new DataDirectoryError(dir, "the file system is read-only", FIX_PATH);
    case "EACCES":
    case "EPERM":
      return new DataDirectoryError(dir, "this user may not write there", FIX_PATH);
    case "ENOSPC":
    case "EDQUOT":
      return new DataDirectoryError(dir, "the disk is full", "Free some space there, or set PGLITE_DIR to a folder on another disk.");
    default:
      return new DataDirectoryError(dir, `it cannot be written (${code ?? String(error)})`, FIX_PATH);
  }
}

interface FsLike {
  statSync: typeof fs.statSync;
  mkdirSync: typeof fs.mkdirSync;
  writeFileSync: typeof fs.writeFileSync;
  rmSync: typeof fs.rmSync;
  statfsSync: typeof fs.statfsSync;
}

/**
 * Create the folder if needed and prove it is usable: a folder, writable (a test file in it and
 * the lock file beside it), with room for the database. Throws DataDirectoryError otherwise.
 */
export function assertUsableDataDirectory(dir: string, fsImpl: FsLike = fs): void {
  const absolute = path.resolve(dir);
  let existing: fs.Stats | undefined;
  try {
    existing = fsImpl.statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    throw explain(absolute, error);
  }
  if (existing && !existing.isDirectory()) throw new DataDirectoryError(absolute, "it is a file, not a folder", FIX_PATH);
  try {
    // PGlite does not create missing parent folders.
    if (!existing) fsImpl.mkdirSync(absolute, { recursive: true });
    // The lock file lives beside the folder (db/pglite-lock.ts), the data inside it.
    for (const probe of [path.join(absolute, ".kizuna-write-test"), `${absolute}.write-test`]) {
      fsImpl.writeFileSync(probe, "ok");
      fsImpl.rmSync(probe, { force: true });
    }
  } catch (error) {
    throw explain(absolute, error);
  }
  const space = fsImpl.statfsSync(absolute);
  const free = space.bavail * space.bsize;
  if (free < MIN_FREE_BYTES) {
    throw new DataDirectoryError(
      absolute,
      `only ${Math.floor(free / (1024 * 1024))} MB free (at least ${MIN_FREE_BYTES / (1024 * 1024)} MB needed)`,
      "Free some space there, or set PGLITE_DIR to a folder on another disk.",
    );
  }
}
