// GET /teach/classes/:id/assignments/:aid/items.csv – the item analysis as CSV (owner only)
import { getDb } from "@/db";
import { listAssignmentItems, getAssignmentOverview } from "@/db/queries/dashboard";
import { jsonError, withUser } from "@/server/auth/api";
import { itemsCsv } from "@/lib/teaching/csv";
import { csvResponse } from "@/lib/teaching/csv-response";
import { uuidSchema } from "@/lib/validation/teaching";

export const GET = withUser<{ params: Promise<{ id: string; aid: string }> }>(
  async (_request, user, { params }) => {
    const { aid } = await params;
    if (!uuidSchema.safeParse(aid).success) return jsonError(404, "No such assignment.");
    const db = await getDb();
    const [overview, rows] = await Promise.all([
      getAssignmentOverview(db, { teacherId: user.id, assignmentId: aid }),
      listAssignmentItems(db, { teacherId: user.id, assignmentId: aid }),
    ]);
    if (!overview || !rows) return jsonError(404, "No such assignment among your classes.");
    return csvResponse(itemsCsv(rows), `${overview.className} - ${overview.setName} - items.csv`);
  },
  { role: "teacher" },
);
