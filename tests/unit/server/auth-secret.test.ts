/**
 * `npm start`'s check and the server it hands over to are two processes: the check makes the
 * embedded default's secret once, and the server must read back the same one (not make another,
 * which would sign everyone out at each start). With a Postgres server nothing is generated.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "@/server/auth-secret";

const dirs: string[] = [];
const freshDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kizuna-secret-"));
  dirs.push(dir);
  return path.join(dir, ".data");
};

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A process environment holding only the given variables. */
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("ensureAuthSecret", () => {
  it("generates a secret once, private to the user, and the next process reads the same one", () => {
    const dataDir = freshDir();
    const first = ensureAuthSecret(env({}), dataDir);
    expect(first.generated).toBe(true);
    expect(first.secret?.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(dataDir, "auth-secret")).mode & 0o077).toBe(0);

    const server = ensureAuthSecret(env({}), dataDir);
    expect(server).toEqual({ secret: first.secret, generated: false });
  });

  it("keeps a secret given in the environment and writes nothing", () => {
    const dataDir = freshDir();
    expect(ensureAuthSecret(env({ AUTH_SECRET: "s".repeat(40) }), dataDir)).toEqual({ secret: "s".repeat(40), generated: false });
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("generates nothing for a Postgres server, where every app server must share one given secret", () => {
    const dataDir = freshDir();
    expect(ensureAuthSecret(env({ DATABASE_URL: "postgres://db/kizuna" }), dataDir)).toEqual({ generated: false });
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
