// GET /api/study/queue?topic=&event=&mode= – the caller's next study session (due items first, then new; faces by memory)
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { withUser } from "@/server/auth/api";
import { parseUtcOffset, studyScopeSchema } from "@/lib/study/scope";

export const GET = withUser(async (request, user) => {
  const params = new URL(request.url).searchParams;
  const scope = studyScopeSchema.parse({
    topic: params.get("topic") ?? undefined,
    event: params.get("event") ?? undefined,
    assignment: params.get("assignment") ?? undefined,
  });
  const queue = await loadStudyQueue(await getDb(), {
    userId: user.id,
    now: new Date(),
    utcOffsetMinutes: parseUtcOffset((await cookies()).get("kizuna-tz")?.value),
    scope,
    mode: params.get("mode") === "flashcard" ? "flashcard" : "quiz",
  });
  return NextResponse.json(queue, { headers: { "cache-control": "private, no-store" } });
});
