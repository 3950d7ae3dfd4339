// GET /api/health – whether this app server and its database answer (for load balancers)
import { NextResponse } from "next/server";
import { getAppDatabase } from "@/db";
import { selectRows } from "@/db/rows";
import { sql } from "drizzle-orm";

/** Long enough for a busy database, short enough for a load balancer's check. */
const DATABASE_TIMEOUT_MS = 1_500;

export const dynamic = "force-dynamic";

async function pingDatabase(): Promise<{ engine: string }> {
  const { handle } = await getAppDatabase();
  await selectRows(handle.db, sql`select 1 as ok`);
  return { engine: handle.engine };
}

export async function GET(): Promise<Response> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), DATABASE_TIMEOUT_MS)));
  const answer = await Promise.race([pingDatabase().catch(() => null), timeout]).finally(() => clearTimeout(timer));
  const ms = Math.round(performance.now() - started);
  const headers = { "cache-control": "no-store" };
  if (!answer) {
    return NextResponse.json({ status: "unavailable", database: "down", ms }, { status: 503, headers: { ...headers, "retry-after": "5" } });
  }
  return NextResponse.json({ status: "ok", database: "up", engine: answer.engine, ms }, { headers });
}
