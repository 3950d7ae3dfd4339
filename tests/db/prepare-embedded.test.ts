import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { holdsDatabase, prepareEmbeddedDatabase } from "@/db/prepare-embedded";
import { questions, users } from "@/db/schema";

/** Creates, migrates and loads an on-disk PGlite, then opens it again: ~20 s quiet, far more under load. */
const BUDGET = { timeout: 300_000 };

const tmpDirs: string[] = [];
afterEach(() => {
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kizuna-prepare-"));
  tmpDirs.push(dir);
  return path.join(dir, "pglite");
}

describe("preparing the embedded database before the server starts (npm start's first start)", () => {
  it("creates, migrates and loads a new folder once, and leaves an existing database to the server", BUDGET, async () => {
    const dir = tempDir();
    expect(holdsDatabase(dir)).toBe(false);

    const first = await prepareEmbeddedDatabase(dir, { demoUsers: true });
    expect(first?.content.skipped).toBe(false);
    expect(first?.content.events).toBeGreaterThan(50);
    expect(first?.demoUsers.map((u) => u.email)).toContain("teacher@demo.kizuna");
    expect(holdsDatabase(dir)).toBe(true);

    // The second call does nothing: it does not even open the folder (a running server may hold it).
    const mtime = fs.statSync(path.join(dir, "PG_VERSION")).mtimeMs;
    expect(await prepareEmbeddedDatabase(dir, { demoUsers: true })).toBeNull();
    expect(fs.statSync(path.join(dir, "PG_VERSION")).mtimeMs).toBe(mtime);

    // What the server then opens is complete: migrated, with the content and the demo accounts.
    const handle = await openDatabase({ pgliteDir: dir, migrate: false });
    try {
      expect(await handle.db.$count(questions)).toBeGreaterThanOrEqual(first?.content.questions ?? Infinity);
      expect(await handle.db.$count(users)).toBe(first?.demoUsers.length);
    } finally {
      await handle.close();
    }
  });
});
