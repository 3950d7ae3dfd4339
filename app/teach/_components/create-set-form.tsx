"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { topicLabel } from "@/components/content/topic-label";
import { createSetAction } from "../_actions/sets";

/** A new set starts as "N questions on topic X"; the set page then adds, removes and reorders. */
export function CreateSetForm({ topics }: { topics: { topic: string; events: number }[] }) {
  return (
    <ActionForm action={createSetAction} className="stack">
      {(state) => (
        <>
          <Field
            id="new-set-name"
            name="name"
            label="Set name"
            placeholder="e.g. Peacekeeping basics"
            required
            error={state.fieldErrors?.name}
          />
          <div className="field">
            <label htmlFor="set-topic">Topic</label>
            <select
              id="set-topic"
              name="topic"
              aria-invalid={state.fieldErrors?.topic ? true : undefined}
              aria-describedby={state.fieldErrors?.topic ? "set-topic-error" : undefined}
            >
              <option value="">Choose a topic…</option>
              {topics.map((t) => (
                <option key={t.topic} value={t.topic}>
                  {topicLabel(t.topic)}
                </option>
              ))}
            </select>
            {state.fieldErrors?.topic && (
              <p id="set-topic-error" className="field-error" role="alert">
                {state.fieldErrors.topic}
              </p>
            )}
          </div>
          <Field
            id="new-set-count"
            name="count"
            label="Number of questions"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            defaultValue="10"
            required
            error={state.fieldErrors?.count}
          />
          <SubmitButton pendingLabel="Building…">Build set</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
