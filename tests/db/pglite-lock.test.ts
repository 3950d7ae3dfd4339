import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { DatabaseLockedError, lockDataDirectory } from "@/db/pglite-lock";

/** Spawning a process and opening PGlite on disk: a few seconds quiet, far more under load. */
const BUDGET = { timeout: 120_000 };
/** Opens (and migrates) an on-disk PGlite twice: ~15 s on a quiet machine. */
const TWO_OPENS_BUDGET = { timeout: 240_000 };

const tmpDirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kizuna-lock-"));
  tmpDirs.push(dir);
  return path.join(dir, "pglite");
}

/** A second OS process that takes the lock and holds it until killed; resolves once it holds it. */
function holdLockInChild(dir: string): Promise<ChildProcess> {
  const script = `
    const fs = require("node:fs");
    fs.writeFileSync(${JSON.stringify(`${dir}.lock`)}, JSON.stringify({ pid: process.pid, host: "test", startedAt: "now", command: "holder" }), { flag: "wx" });
    console.log("locked");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve(child));
    child.on("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded database folder lock", () => {
  it("refuses a second opener while another live process owns the folder, naming the folder", BUDGET, async () => {
    const dir = tempDir();
    const holder = await holdLockInChild(dir);
    const attempt = openDatabase({ pgliteDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseLockedError);
    await expect(attempt).rejects.toThrow(dir);
    await expect(attempt).rejects.toThrow(`pid ${holder.pid}`);
    // Refused before touching the folder: PGlite never initialised it.
    expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(false);
  });

  it("takes over the lock of a process that died", BUDGET, async () => {
    const dir = tempDir();
    const holder = await holdLockInChild(dir);
    const exited = new Promise((resolve) => holder.on("exit", resolve));
    holder.kill("SIGKILL");
    await exited;
    const release = lockDataDirectory(dir);
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("keeps data written by the owner and releases the folder on close", TWO_OPENS_BUDGET, async () => {
    const dir = tempDir();
    const first = await openDatabase({ pgliteDir: dir });
    await first.db.execute("create table kept (v int)");
    await first.db.execute("insert into kept values (42)");
    await expect(openDatabase({ pgliteDir: dir })).rejects.toBeInstanceOf(DatabaseLockedError);
    await first.close();
    const second = await openDatabase({ pgliteDir: dir });
    const result = (await second.db.execute("select v from kept")) as unknown as { rows: { v: number }[] };
    expect(result.rows).toEqual([{ v: 42 }]);
    await second.close();
  });
});
