// GET /teach/collections/:slug/export.csv – the collection's events CSV, one row per fact (readers only)
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { exportCollection, getReadableCollection } from "@/db/queries/collections";
import { eventsToCsv } from "@/lib/collections/csv";
import { collectionSlugSchema } from "@/lib/collections/schema";
import { jsonError, withUser } from "@/server/auth/api";

export const GET = withUser<{ params: Promise<{ slug: string }> }>(
  async (_request, user, { params }) => {
    const { slug } = await params;
    if (!collectionSlugSchema.safeParse(slug).success) return jsonError(404, "No such collection.");
    const db = await getDb();
    if (!(await getReadableCollection(db, { slug, teacherId: user.id })))
      return jsonError(404, "No such collection among those you can read.");
    const exported = await exportCollection(db, { slug });
    return new NextResponse(eventsToCsv(exported?.events ?? []), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${slug}.csv"` },
    });
  },
  { role: "teacher" },
);
