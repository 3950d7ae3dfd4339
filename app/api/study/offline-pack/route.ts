// GET /api/study/offline-pack – the caller's cards for the next days, to study with no network
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { loadOfflinePack } from "@/db/queries/offline-pack";
import { withUser } from "@/server/auth/api";
import { parseUtcOffset } from "@/lib/study/scope";

export const GET = withUser(async (_request, user) => {
  const pack = await loadOfflinePack(await getDb(), {
    userId: user.id,
    now: new Date(),
    utcOffsetMinutes: parseUtcOffset((await cookies()).get("kizuna-tz")?.value),
  });
  // One user's cards: never kept by a shared or browser HTTP cache (the app stores it per user).
  return NextResponse.json(pack, { headers: { "cache-control": "private, no-store" } });
});
