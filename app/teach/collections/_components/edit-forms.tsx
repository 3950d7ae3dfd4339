"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { topicLabel } from "@/components/content/topic-label";
import { eventKindSchema, topicSchema } from "@/lib/events/schema";
import { deleteFactAction, editEventAction, editFactAction } from "../_actions/collections";

interface EventFields {
  slug: string;
  title: string;
  summary: string;
  kind: string;
  dateIso: string;
  precision: string;
  tag: string;
  /** Names, "a; b". */
  actors: string;
  places: string;
}

function TextArea({
  id,
  name,
  label,
  value,
  error,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field-hint">{hint}</p>}
      <textarea
        id={id}
        name={name}
        rows={3}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function EditEventForm({ collection, event }: { collection: string; event: EventFields }) {
  const id = (f: string) => `edit-${event.slug}-${f}`;
  return (
    <ActionForm action={editEventAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={collection} />
          <input type="hidden" name="eventSlug" value={event.slug} />
          <Field id={id("title")} name="title" label="Title" defaultValue={event.title} error={state.fieldErrors?.title} />
          <TextArea
            id={id("summary")}
            name="summary"
            label="Summary in your own words"
            value={event.summary}
            error={state.fieldErrors?.summary}
          />
          <Field
            id={id("date")}
            name="dateIso"
            label="Date (YYYY-MM-DD, YYYY-MM or YYYY)"
            defaultValue={event.dateIso}
            error={state.fieldErrors?.dateIso}
          />
          <SelectField
            id={id("precision")}
            name="precision"
            label="Known to the"
            value={event.precision}
            options={[
              ["day", "day"],
              ["month", "month"],
              ["year", "year"],
            ]}
          />
          <Field
            id={id("actors")}
            name="actors"
            label="Who took part"
            hint="Names of the collection's people and organisations, separated by semicolons."
            defaultValue={event.actors}
            error={state.fieldErrors?.actors}
          />
          <Field
            id={id("places")}
            name="places"
            label="Where it happened"
            hint="Names of the collection's places, separated by semicolons."
            defaultValue={event.places}
            error={state.fieldErrors?.places}
          />
          <SelectField
            id={id("kind")}
            name="kind"
            label="Kind of event"
            value={event.kind}
            options={eventKindSchema.options.map((k) => [k, k] as const)}
          />
          <SelectField
            id={id("tag")}
            name="tag"
            label="Topic"
            value={event.tag}
            options={topicSchema.options.map((t) => [t, topicLabel(t)] as const)}
          />
          <SubmitButton pendingLabel="Saving…">Save event</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

interface FactFields {
  id: string;
  question: string;
  statement: string;
  answer: string;
  answerKind: string;
  importance: string;
  explanation: string;
}

export function EditFactForm({
  collection,
  eventSlug,
  fact,
  entities,
}: {
  collection: string;
  eventSlug: string;
  fact: FactFields;
  entities: { id: string; name: string }[];
}) {
  const id = (f: string) => `fact-${eventSlug}-${fact.id}-${f}`;
  return (
    <ActionForm action={editFactAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={collection} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <input type="hidden" name="factId" value={fact.id} />
          <Field id={id("question")} name="question" label="Question" defaultValue={fact.question} error={state.fieldErrors?.question} />
          <Field
            id={id("statement")}
            name="statement"
            label="Statement"
            hint="A sentence with {answer} where the answer goes."
            defaultValue={fact.statement}
            error={state.fieldErrors?.statement}
          />
          {fact.answerKind === "entity" ? (
            <SelectField
              id={id("answer")}
              name="answer"
              label="Answer"
              value={fact.answer}
              options={entities.map((e) => [e.id, e.name] as const)}
            />
          ) : (
            <Field
              id={id("answer")}
              name="answer"
              label={`Answer (${fact.answerKind})`}
              defaultValue={fact.answer}
              error={state.fieldErrors?.answer}
            />
          )}
          <SelectField
            id={id("importance")}
            name="importance"
            label="Importance"
            value={fact.importance}
            options={[
              ["core", "core"],
              ["supporting", "supporting"],
              ["detail", "detail"],
            ]}
          />
          <TextArea
            id={id("explanation")}
            name="explanation"
            label="Explanation in your own words"
            value={fact.explanation}
            error={state.fieldErrors?.explanation}
          />
          <SubmitButton pendingLabel="Saving…">Save fact</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteFactButton({ collection, eventSlug, factId }: { collection: string; eventSlug: string; factId: string }) {
  return (
    <ActionForm action={deleteFactAction} className="inline-form">
      {() => (
        <>
          <input type="hidden" name="slug" value={collection} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <input type="hidden" name="factId" value={factId} />
          <button type="submit" className="button button-quiet button-danger">
            Delete fact
          </button>
        </>
      )}
    </ActionForm>
  );
}
