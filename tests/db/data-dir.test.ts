/**
 * An unusable PGLITE_DIR stops start-up with a short message naming the variable, the path and
 * the fix, and a non-zero exit (the real start-up code, spawned). Read-only and full disks are
 * also checked through the same function with a file system that answers EROFS / no space.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertUsableDataDirectory, DataDirectoryError } from "@/db/data-dir";

const root = process.cwd();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kizuna-datadir-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Run the server's database start-up (db/startup.ts) with this PGLITE_DIR; optionally as `nobody`. */
function startWith(pgliteDir: string, asNobody = false): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const script = "import('./db/startup.ts').then((m) => m.startServerDatabase()).then(() => process.exit(0))";
  const [command, args] = asNobody
    ? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", tsx, "-e", script]]
    : [tsx, ["-e", script]];
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, PGLITE_DIR: pgliteDir, DATABASE_URL: "", AUTH_SECRET: "x".repeat(40), TSX_TSCONFIG_PATH: "tsconfig.json" },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, output, ms: Date.now() - started })));
}

describe("start-up refuses an unusable PGLITE_DIR", () => {
  const file = path.join(scratch, "a-file");
  fs.writeFileSync(file, "not a folder");

  it.each([
    ["a file", file, "it is a file, not a folder"],
    ["a path under a file", path.join(file, "pglite"), "part of the path is a file, not a folder"],
  ])(
    "%s: a short message with the variable, path and fix; exit 1",
    async (_label, dir, problem) => {
      const { code, output } = await startWith(dir);
      expect(code).toBe(1);
      expect(output).toContain(`PGLITE_DIR=${dir} cannot be used: ${problem}.`);
      expect(output).toContain("Set PGLITE_DIR to a folder");
      expect(output.split("\n").filter((line) => line.trim()).length).toBeLessThan(4); // no stack trace
    },
    120_000,
  );

  it("a folder this user may not write to (run as nobody): refused the same way", async () => {
    const locked = path.join(scratch, "locked");
    fs.mkdirSync(locked, { mode: 0o555 });
    fs.chmodSync(scratch, 0o755);
    const { code, output } = await startWith(locked, true);
    expect(code).toBe(1);
    expect(output).toContain(`PGLITE_DIR=${locked} cannot be used: this user may not write there.`);
  }, 120_000);

  const failing = (code: string, bavail = 1e9) => ({
    ...fs,
    statSync: fs.statSync,
    mkdirSync: () => undefined,
    writeFileSync: () => {
      if (code) throw Object.assign(new Error(code), { code });
    },
    rmSync: () => undefined,
    statfsSync: () => ({ bavail, bsize: 4096 }) as fs.StatsFs,
  });

  it.each([
    ["EROFS", "the file system is read-only"],
    ["ENOSPC", "the disk is full"],
  ])("%s: %s", (code, problem) => {
    const attempt = () => assertUsableDataDirectory(path.join(scratch, "x"), failing(code) as never);
    expect(attempt).toThrow(DataDirectoryError);
    expect(attempt).toThrow(`PGLITE_DIR=${path.join(scratch, "x")} cannot be used: ${problem}.`);
  });

  it("too little free space for the database is refused before PGlite starts", () => {
    expect(() => assertUsableDataDirectory(path.join(scratch, "y"), failing("", 100) as never)).toThrow(
      /only 0 MB free \(at least 64 MB needed\)/,
    );
  });

  it("a usable folder is created and passes", () => {
    const fresh = path.join(scratch, "new", "pglite");
    assertUsableDataDirectory(fresh);
    expect(fs.statSync(fresh).isDirectory()).toBe(true);
  });
});
