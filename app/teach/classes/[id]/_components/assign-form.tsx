"use client";

import { useSyncExternalStore } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ZoneNote } from "@/components/ui/local-time";
import { SubmitButton } from "@/components/ui/submit-button";
import { assignSetAction } from "@/app/teach/_actions/assignments";

function inAWeek(): string {
  const d = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  d.setHours(17, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const subscribeNever = () => () => {};

export function AssignForm({ classId, sets }: { classId: string; sets: { id: string; name: string; questions: number }[] }) {
  // The due date is typed in the teacher's local time; send the offset so the server stores the right instant.
  // Both depend on the browser's clock and zone: the server renders placeholders, the client fills them in.
  const offset = useSyncExternalStore(
    subscribeNever,
    () => String(-new Date().getTimezoneOffset()),
    () => "0",
  );
  const defaultDue = useSyncExternalStore(subscribeNever, inAWeek, () => "");
  if (sets.length === 0) return <p className="muted">Build a quiz set first (on your teacher home), then assign it here.</p>;
  return (
    <ActionForm action={assignSetAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="utcOffset" value={offset} />
          <div className="field">
            <label htmlFor="assign-set">Quiz set</label>
            <select
              id="assign-set"
              name="setId"
              aria-invalid={state.fieldErrors?.setId ? true : undefined}
              aria-describedby={state.fieldErrors?.setId ? "assign-set-error" : undefined}
            >
              {sets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.questions} questions)
                </option>
              ))}
            </select>
            {state.fieldErrors?.setId && (
              <p id="assign-set-error" className="field-error" role="alert">
                {state.fieldErrors.setId}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="assign-due">Due</label>
            <input
              id="assign-due"
              name="dueAt"
              type="datetime-local"
              key={defaultDue}
              defaultValue={defaultDue}
              required
              aria-invalid={state.fieldErrors?.dueAt ? true : undefined}
              aria-describedby={state.fieldErrors?.dueAt ? "assign-due-error" : undefined}
            />
            <ZoneNote />
            {state.fieldErrors?.dueAt && (
              <p id="assign-due-error" className="field-error" role="alert">
                {state.fieldErrors.dueAt}
              </p>
            )}
          </div>
          <label className="role-option">
            <input type="checkbox" name="isQuiz" />
            <span>
              <strong>Scored quiz</strong>
              <small>Students take the set for a score, graded on the server; the questions then join their spaced repetition.</small>
            </span>
          </label>
          <fieldset className="stack quiz-options">
            <legend>Scored quiz options</legend>
            <label className="check">
              <input type="checkbox" name="shuffle" /> Shuffle the order of questions and choices for each student
            </label>
            <div className="field">
              <label htmlFor="assign-feedback">Show right or wrong</label>
              <select id="assign-feedback" name="feedback" defaultValue="each">
                <option value="each">After each question</option>
                <option value="end">Only after the quiz is submitted</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="assign-time">Time limit in minutes (optional)</label>
              <input
                id="assign-time"
                name="timeLimitMinutes"
                type="number"
                inputMode="numeric"
                min={1}
                max={600}
                aria-invalid={state.fieldErrors?.timeLimitMinutes ? true : undefined}
                aria-describedby={state.fieldErrors?.timeLimitMinutes ? "assign-time-error" : undefined}
              />
              {state.fieldErrors?.timeLimitMinutes && (
                <p id="assign-time-error" className="field-error" role="alert">
                  {state.fieldErrors.timeLimitMinutes}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor="assign-attempts">Attempts allowed (every attempt is kept; best and latest reported)</label>
              <input
                id="assign-attempts"
                name="maxAttempts"
                type="number"
                inputMode="numeric"
                min={1}
                max={20}
                defaultValue={1}
                aria-invalid={state.fieldErrors?.maxAttempts ? true : undefined}
                aria-describedby={state.fieldErrors?.maxAttempts ? "assign-attempts-error" : undefined}
              />
              {state.fieldErrors?.maxAttempts && (
                <p id="assign-attempts-error" className="field-error" role="alert">
                  {state.fieldErrors.maxAttempts}
                </p>
              )}
            </div>
          </fieldset>
          <SubmitButton pendingLabel="Assigning…">Assign to class</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
