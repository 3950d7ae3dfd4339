/**
 * One process owns an embedded (PGlite) data folder at a time.
 *
 * PGlite does not lock its folder: a second process that opens it while the server runs
 * succeeds, and one of the two loses its writes. So we keep a lock file beside the folder
 * (`<dir>.lock`, created atomically with O_EXCL) holding the owner's pid. A lock whose pid is no
 * longer running — a crashed server — is stale and taken over at once; we do not use an
 * mtime-based lock (e.g. proper-lockfile) because that would refuse a restart for its stale period.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database in ${dir} is already in use by another Kizuna process ` +
        `(pid ${owner.pid}, "${owner.command}", since ${owner.startedAt}). ` +
        `Only one process may open it at a time: stop that process first, ` +
        `or point PGLITE_DIR at another folder, or use a Postgres server with DATABASE_URL.`,
    );
    this.name = "DatabaseLockedError";
  }
}

const heldLocks = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockOwner;
  } catch {
    return null; // vanished or half-written: treat as stale
  }
}

/**
 * Take the lock for `dir` or throw DatabaseLockedError. Returns a release function; the lock is
 * also released when the process exits.
 */
export function lockDataDirectory(dir: string): () => void {
  const absolute = path.resolve(dir);
  const lockPath = `${absolute}.lock`;
  const me: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(" ").slice(0, 200),
  };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      heldLocks.add(lockPath);
      const release = () => {
        if (!heldLocks.delete(lockPath)) return;
        if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      // This process already has the folder open: a second PGlite on it would corrupt it too.
      if (heldLocks.has(lockPath) && owner) throw new DatabaseLockedError(absolute, owner);
      // Our own pid in a lock we do not hold means a previous process with a recycled pid died.
      const ownedByOther = owner && owner.pid !== process.pid && isRunning(owner.pid);
      if (ownedByOther) throw new DatabaseLockedError(absolute, owner);
      fs.rmSync(lockPath, { force: true }); // stale: its owner is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}: it keeps reappearing.`);
}

/** Who holds the lock on `dir` right now, if anyone alive does (for an early, friendly refusal). */
export function findLiveLockOwner(dir: string): LockOwner | null {
  const owner = readOwner(`${path.resolve(dir)}.lock`);
  return owner && owner.pid !== process.pid && isRunning(owner.pid) ? owner : null;
}
