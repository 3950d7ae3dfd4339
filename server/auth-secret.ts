/**
 * The first `npm start` on the embedded database needs no setup: a random AUTH_SECRET is made
 * once and kept in .data/auth-secret (readable by this user only), so sessions survive
 * restarts. With a Postgres server the app may run on several machines that must share one
 * secret, so there it has to be given explicitly. The start check (scripts/start.ts) makes it;
 * the server (server/start-server.ts) reads it, since it runs as a process of its own.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function ensureAuthSecret(env: Record<string, string | undefined>, dataDir: string): { secret?: string; generated: boolean } {
  if (env.AUTH_SECRET) return { secret: env.AUTH_SECRET, generated: false };
  if (env.DATABASE_URL) return { generated: false };
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, "utf8").trim(), generated: false };
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(33).toString("base64");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true };
}
