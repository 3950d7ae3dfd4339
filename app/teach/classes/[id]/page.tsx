import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { regenerateCodeAction } from "@/app/teach/_actions/classes";
import { Skeleton, SkeletonCard } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { listClassAssignments } from "@/db/queries/assignments";
import { getTeacherClass, listClassStudents } from "@/db/queries/classes";
import { listClassStudySettings } from "@/db/queries/class-study-settings";
import { listTeacherSets } from "@/db/queries/quiz-sets";
import { ActionButton } from "@/components/ui/action-button";
import { requireTeacher, type SessionUser } from "@/server/auth/guards";
import { uuidSchema } from "@/lib/validation/teaching";
import { LocalTime } from "@/components/ui/local-time";
import { AssignForm } from "./_components/assign-form";
import { CopyButton } from "./_components/copy-button";
import { DeleteClassForm, HandOverClassForm } from "./_components/leave-class-forms";
import { RemoveAssignmentButton } from "./_components/remove-assignment-button";
import { RemoveStudentButton } from "./_components/remove-student-button";
import { RenameClassForm } from "./_components/rename-class-form";
import { StudentStudySettings } from "./_components/student-study-settings";
import { ClassMemory } from "./_components/class-memory";
import { findAdoptedParameterSet, listClassParameterSets } from "@/db/queries/fsrs-parameters";
import { listClassAssignmentMemory } from "@/db/queries/memory-states";
import { predictRecallCurve } from "@/lib/scheduling/recall-curve";

export const metadata: Metadata = { title: "Class" };

type TeacherClass = NonNullable<Awaited<ReturnType<typeof getTeacherClass>>>;

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}`);
  if (!uuidSchema.safeParse(id).success) notFound();
  const db = await getDb();
  // Not this teacher's class (or no such class): the same 404, so ids cannot be probed.
  const klass = await getTeacherClass(db, { teacherId: teacher.id, classId: id });
  if (!klass) notFound();
  const joinPath = `/join/${klass.joinCode}`;

  return (
    <main className="stack wide">
      <p>
        <Link href="/teach">← Teacher home</Link>
      </p>
      <h1>{klass.name}</h1>

      <section className="card stack" aria-labelledby="join-title">
        <h2 id="join-title">Join code</h2>
        <p className="join-code" data-testid="join-code">
          {klass.joinCode}
        </p>
        <p className="muted">
          Students enter this code on their study home, or open the join link. It works until{" "}
          {klass.joinCodeExpiresAt.toLocaleDateString("en-GB", { dateStyle: "long" })}.
        </p>
        <div className="actions-inline">
          <CopyButton text={joinPath} label="Copy join link" />
          <ActionButton action={regenerateCodeAction} fields={{ classId: klass.id }}>
            New code
          </ActionButton>
        </div>
      </section>

      <Suspense
        fallback={
          <Skeleton label="Loading the class's assignments and students…">
            <SkeletonCard lines={0} rows={2} />
            <SkeletonCard lines={0} rows={3} />
          </Skeleton>
        }
      >
        <AssignmentsAndStudents teacher={teacher} id={id} klass={klass} />
      </Suspense>

      <section className="card stack" aria-labelledby="settings-title">
        <h2 id="settings-title">Class settings</h2>
        <RenameClassForm classId={klass.id} name={klass.name} />
        <h3>Hand over or delete</h3>
        <p className="muted">Leaving? Hand the class to another teacher, or delete it. Students keep their own reviews either way.</p>
        <HandOverClassForm classId={klass.id} />
        <DeleteClassForm classId={klass.id} name={klass.name} />
      </section>
    </main>
  );
}

/** Assignments (with the assign form) and students: the queries the skeleton stands in for. */
async function AssignmentsAndStudents({ teacher, id, klass }: { teacher: SessionUser; id: string; klass: TeacherClass }) {
  const db = await getDb();
  const [students, assignments, sets, settingsOf, fits, classSet, global, memory] = await Promise.all([
    listClassStudents(db, { teacherId: teacher.id, classId: id }),
    listClassAssignments(db, { teacherId: teacher.id, classId: id }),
    listTeacherSets(db, teacher.id),
    listClassStudySettings(db, { teacherId: teacher.id, classId: id }),
    listClassParameterSets(db, { teacherId: teacher.id, classId: id }),
    // The class is this teacher's: getTeacherClass above checked it.
    findAdoptedParameterSet(db, { scope: "class", classId: id }),
    findAdoptedParameterSet(db, { scope: "global" }),
    listClassAssignmentMemory(db, { teacherId: teacher.id, classId: id }),
  ]);
  // The set the class's students fall back to (a student's own adopted set, if any, overrides it).
  const inUse = classSet
    ? `parameters fitted to this class (${classSet.createdAt.toISOString().slice(0, 10)})`
    : global
      ? `parameters fitted to all reviews (${global.createdAt.toISOString().slice(0, 10)})`
      : "FSRS's default parameters";
  const curve = predictRecallCurve(memory, { now: new Date(), weights: classSet?.params ?? global?.params ?? null });

  return (
    <>
      <section className="card stack" aria-labelledby="assignments-title">
        <h2 id="assignments-title">Assignments</h2>
        {assignments.length === 0 ? (
          <p className="muted">Nothing assigned yet.</p>
        ) : (
          <ul className="row-list">
            {assignments.map((a) => (
              <li key={a.id} className="actions-inline">
                <Link href={`/teach/classes/${klass.id}/assignments/${a.id}`} className="row-link" style={{ flex: 1 }}>
                  <strong>
                    {a.setName}
                    {a.isQuiz ? " (scored quiz)" : ""}
                  </strong>
                  <span className="muted">
                    {a.questions} questions · due <LocalTime iso={a.dueAt.toISOString()} /> · <span className="link-like">Dashboard →</span>
                  </span>
                </Link>
                <RemoveAssignmentButton classId={klass.id} assignmentId={a.id} setName={a.setName} isQuiz={a.isQuiz} />
              </li>
            ))}
          </ul>
        )}
        <h3>Assign a quiz set</h3>
        <AssignForm classId={klass.id} sets={sets} />
      </section>

      <ClassMemory classId={klass.id} inUse={inUse} latest={fits[0]} curve={curve} />

      <section className="card stack" aria-labelledby="students-title">
        <h2 id="students-title">Students ({students.length})</h2>
        {students.length === 0 ? (
          <p className="muted">No students yet: share the join code.</p>
        ) : (
          <ul className="row-list">
            {students.map((s) => (
              <li key={s.id} className="row-link">
                <span>
                  <strong>{s.name}</strong> <span className="muted">{s.email}</span>
                  <StudentStudySettings settings={settingsOf.get(s.id)} />
                </span>
                <RemoveStudentButton classId={klass.id} klassName={klass.name} studentId={s.id} studentName={s.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
