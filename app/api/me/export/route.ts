// GET /api/me/export – the signed-in user's own data (profile, settings, reviews, memory states) as a JSON download
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { exportUserData } from "@/db/queries/account";
import { ApiError, withUser } from "@/server/auth/api";
import { consumeRateLimit } from "@/server/rate-limit/limiter";

// No id in the URL: the export is always the session's own user, so there is nobody else's to ask for.
export const GET = withUser(async (_request, user) => {
  await consumeRateLimit("dataExportsPerUser", user.id, { what: "Too many data downloads." });
  const data = await exportUserData(await getDb(), { userId: user.id, now: new Date() });
  if (!data) throw new ApiError(404, "This account no longer exists.");
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="kizuna-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "private, no-store",
    },
  });
});
