// GET /teach/classes/:id/assignments/:aid/students.csv – the students table as CSV (owner only)
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { getAssignmentOverview, listAssignmentStudents } from "@/db/queries/dashboard";
import { jsonError, withUser } from "@/server/auth/api";
import { studentsCsv } from "@/lib/teaching/csv";
import { csvResponse } from "@/lib/teaching/csv-response";
import { parseUtcOffset } from "@/lib/study/scope";
import { uuidSchema } from "@/lib/validation/teaching";

export const GET = withUser<{ params: Promise<{ id: string; aid: string }> }>(
  async (_request, user, { params }) => {
    const { aid } = await params;
    if (!uuidSchema.safeParse(aid).success) return jsonError(404, "No such assignment.");
    const db = await getDb();
    const [overview, rows] = await Promise.all([
      getAssignmentOverview(db, { teacherId: user.id, assignmentId: aid }),
      listAssignmentStudents(db, { teacherId: user.id, assignmentId: aid, now: new Date() }),
    ]);
    if (!overview || !rows) return jsonError(404, "No such assignment among your classes.");
    return csvResponse(
      // Times with the teacher's own UTC offset (the kizuna-tz cookie the browser sets).
      studentsCsv(
        [...rows].sort((a, b) => a.name.localeCompare(b.name)),
        parseUtcOffset((await cookies()).get("kizuna-tz")?.value),
      ),
      `${overview.className} - ${overview.setName} - students.csv`,
    );
  },
  { role: "teacher" },
);
