"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  addFactAction,
  createEventAction,
  deleteFactAction,
  editEventAction,
  editFactAction,
  previewFactAction,
  previewNewEventAction,
  removeLinkAction,
  saveLinkAction,
} from "../_actions/events";
import { EventFields, type EventFormValues } from "./event-fields";
import { EMPTY_FACT, FactFields, IMPORTANCE_OPTIONS, type FactFormValues } from "./fact-fields";
import { EventPreview } from "./event-preview";
import { PreviewForm } from "./preview-form";
import type { EntityNames } from "@/lib/collections/references";

type Entities = { id: string; name: string }[];

/** A new event and its first fact, with a preview of the fact's questions. */
export function NewEventForm({
  slug,
  initial,
  sources,
  entities,
}: {
  slug: string;
  initial: EventFormValues;
  sources: { id: string; title: string }[];
  entities: Entities;
}) {
  return (
    <PreviewForm action={createEventAction} preview={previewNewEventAction} saveLabel="Save event">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <fieldset className="form-section stack">
            <legend>The event</legend>
            <EventFields idPrefix="new-event" initial={initial} sources={sources} state={state} />
          </fieldset>
          <fieldset className="form-section stack">
            <legend>Its first fact</legend>
            <p className="field-hint">What students are asked about the event. Add more facts once it is saved.</p>
            <FactFields idPrefix="new-fact" initial={EMPTY_FACT} entities={entities} state={state} />
          </fieldset>
        </>
      )}
    </PreviewForm>
  );
}

/** Add a fact to an event; its id is made from the question when it is saved. */
export function AddFactForm({ collection, eventSlug, entities }: { collection: string; eventSlug: string; entities: Entities }) {
  return (
    <PreviewForm action={addFactAction} preview={previewFactAction} saveLabel="Add fact">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={collection} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <FactFields idPrefix={`add-fact-${eventSlug}`} initial={EMPTY_FACT} entities={entities} state={state} />
        </>
      )}
    </PreviewForm>
  );
}

/** Edit one fact, its answer's kind included; its id (and its questions' ids) stays. */
export function EditFactForm({
  collection,
  eventSlug,
  factId,
  fact,
  entities,
}: {
  collection: string;
  eventSlug: string;
  factId: string;
  fact: FactFormValues;
  entities: Entities;
}) {
  return (
    <PreviewForm action={editFactAction} preview={previewFactAction} saveLabel="Save fact">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={collection} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <input type="hidden" name="factId" value={factId} />
          <FactFields idPrefix={`fact-${eventSlug}-${factId}`} initial={fact} entities={entities} state={state} />
        </>
      )}
    </PreviewForm>
  );
}

/**
 * Edit an event's own fields, with a preview beside the fields (between them and Save on a phone,
 * so it is read before saving) of its timeline entry as students will read it, redrawn from the
 * fields at every change. The preview sits inside the form for that order; it has no fields.
 */
export function EditEventForm({
  collection,
  eventSlug,
  event,
  otherTags,
  sources,
  entities,
}: {
  collection: string;
  eventSlug: string;
  event: EventFormValues;
  /** The event's topics after the first, which the form does not edit (they stay). */
  otherTags: readonly string[];
  sources: { id: string; title: string }[];
  entities: readonly EntityNames[];
}) {
  const [values, setValues] = useState(event);
  // Every field's change bubbles here; reading the whole form keeps one source of truth (the fields).
  const readForm = (e: React.FormEvent<HTMLDivElement>) => {
    const form = (e.target as HTMLInputElement).form;
    if (!form) return;
    const data = new FormData(form);
    setValues((old) => {
      const next = { ...old };
      for (const key of Object.keys(old) as (keyof EventFormValues)[]) {
        const value = data.get(key);
        if (typeof value === "string") next[key] = value;
      }
      return next;
    });
  };
  return (
    <div onChange={readForm}>
      <ActionForm action={editEventAction} className="event-edit">
        {(state) => (
          <>
            <input type="hidden" name="slug" value={collection} />
            <input type="hidden" name="eventSlug" value={eventSlug} />
            <div className="stack">
              <EventFields idPrefix={`edit-${eventSlug}`} initial={event} sources={sources} state={state} />
            </div>
            <EventPreview values={values} tags={[values.tag, ...otherTags.filter((t) => t !== values.tag)]} entities={entities} />
            <SubmitButton pendingLabel="Saving…">Save event</SubmitButton>
          </>
        )}
      </ActionForm>
    </div>
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

/** Connect this event to another of the collection: the material of connection questions. */
export function LinkForm({
  collection,
  eventSlug,
  events,
}: {
  collection: string;
  eventSlug: string;
  events: { slug: string; title: string }[];
}) {
  const id = (f: string) => `link-${eventSlug}-${f}`;
  return (
    <ActionForm action={saveLinkAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={collection} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <SelectField
            id={id("kind")}
            name="kind"
            label="This event"
            value={state.values?.kind ?? "led-to"}
            options={[
              ["led-to", "led to (caused) a later event"],
              ["followed-up", "was followed up by a later event"],
              ["anniversary-of", "marks an anniversary of an earlier event"],
            ]}
            error={state.fieldErrors?.kind}
          />
          <SelectField
            id={id("to")}
            name="to"
            label="The other event"
            value={state.values?.to ?? ""}
            options={[["", "Choose…"], ...events.map((e) => [e.slug, e.title] as const)]}
            error={state.fieldErrors?.to}
          />
          <Field
            id={id("how")}
            name="how"
            label="How they connect, in one sentence"
            defaultValue={state.values?.how}
            error={state.fieldErrors?.how}
          />
          <Field
            id={id("years")}
            name="years"
            label="Which anniversary (for an anniversary only)"
            hint="E.g. 30 for the 30th."
            inputMode="numeric"
            defaultValue={state.values?.years}
            error={state.fieldErrors?.years}
          />
          <SelectField
            id={id("importance")}
            name="importance"
            label="Importance"
            value={state.values?.importance ?? "supporting"}
            options={IMPORTANCE_OPTIONS}
            error={state.fieldErrors?.importance}
          />
          <SubmitButton pendingLabel="Saving…">Save connection</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function RemoveLinkButton({ collection, eventSlug, to, kind }: { collection: string; eventSlug: string; to: string; kind: string }) {
  return (
    <ActionForm action={removeLinkAction} className="inline-form">
      {() => (
        <>
          <input type="hidden" name="slug" value={collection} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <input type="hidden" name="to" value={to} />
          <input type="hidden" name="kind" value={kind} />
          <button type="submit" className="button button-quiet button-danger">
            Remove connection
          </button>
        </>
      )}
    </ActionForm>
  );
}
