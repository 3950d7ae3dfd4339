"use client";

import { useSyncExternalStore } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ZoneNote } from "@/components/ui/local-time";
import { SubmitButton } from "@/components/ui/submit-button";
import { editDueDateAction, studentQuizOptionsAction } from "@/app/teach/_actions/assignments";

const subscribeNever = () => () => {};

/** An instant as a `datetime-local` value in the browser's own zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Move the due date: the input shows the current one in the teacher's zone, as the lists do. */
export function EditDueForm({ classId, assignmentId, dueAt }: { classId: string; assignmentId: string; dueAt: string }) {
  const offset = useSyncExternalStore(
    subscribeNever,
    () => String(-new Date(dueAt).getTimezoneOffset()),
    () => "0",
  );
  const current = useSyncExternalStore(
    subscribeNever,
    () => toLocalInput(dueAt),
    () => "",
  );
  return (
    <ActionForm action={editDueDateAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <input type="hidden" name="utcOffset" value={offset} />
          <div className="field">
            <label htmlFor="edit-due">New due date</label>
            <input
              id="edit-due"
              name="dueAt"
              type="datetime-local"
              key={current}
              defaultValue={current}
              required
              aria-invalid={state.fieldErrors?.dueAt ? true : undefined}
              aria-describedby={state.fieldErrors?.dueAt ? "edit-due-error" : undefined}
            />
            <ZoneNote />
            {state.fieldErrors?.dueAt && (
              <p id="edit-due-error" className="field-error" role="alert">
                {state.fieldErrors.dueAt}
              </p>
            )}
          </div>
          <SubmitButton pendingLabel="Saving…">Change due date</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** One student's extra time (accessibility) or one more attempt (reopen). */
export function StudentQuizOptionsForm({
  classId,
  assignmentId,
  students,
}: {
  classId: string;
  assignmentId: string;
  students: { id: string; name: string }[];
}) {
  if (students.length === 0) return <p className="muted">No students in the class yet.</p>;
  return (
    <ActionForm action={studentQuizOptionsAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <div className="field">
            <label htmlFor="options-student">Student</label>
            <select
              id="options-student"
              name="studentId"
              aria-invalid={state.fieldErrors?.studentId ? true : undefined}
              aria-describedby={state.fieldErrors?.studentId ? "options-student-error" : undefined}
            >
              {students.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            {state.fieldErrors?.studentId && (
              <p id="options-student-error" className="field-error" role="alert">
                {state.fieldErrors.studentId}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="options-minutes">Extra minutes per attempt (time limit)</label>
            <input
              id="options-minutes"
              name="extraMinutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={600}
              aria-invalid={state.fieldErrors?.extraMinutes ? true : undefined}
              aria-describedby={state.fieldErrors?.extraMinutes ? "options-minutes-error" : undefined}
            />
            {state.fieldErrors?.extraMinutes && (
              <p id="options-minutes-error" className="field-error" role="alert">
                {state.fieldErrors.extraMinutes}
              </p>
            )}
          </div>
          <label className="check">
            <input type="checkbox" name="reopen" /> Reopen: allow this student one more attempt
          </label>
          <SubmitButton pendingLabel="Saving…">Save for this student</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
