"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import {
  buildSetFromCollectionAction,
  createCollectionAction,
  deleteEventAction,
  setVisibilityAction,
  shareCollectionAction,
  unshareCollectionAction,
  uploadCollectionAction,
} from "../_actions/collections";

export function CreateCollectionForm() {
  return (
    <ActionForm action={createCollectionAction} className="stack">
      {(state) => (
        <>
          <Field
            id="new-collection-title"
            name="title"
            label="Title"
            placeholder="e.g. Cambodia and Japan since 2024"
            required
            error={state.fieldErrors?.title}
          />
          <Field
            id="new-collection-slug"
            name="slug"
            label="Short name (for links)"
            hint="Lowercase words joined by hyphens. It cannot change later."
            placeholder="e.g. cambodia-japan-2024"
            required
            error={state.fieldErrors?.slug}
          />
          <SubmitButton pendingLabel="Creating…">Create collection</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Upload a JSON or CSV file; every problem of a refused file is listed. */
export function UploadCollectionForm({ slug }: { slug?: string }) {
  const [state, action] = useActionState<FormState<"slug" | "file", { problems: string[] }>, FormData>(uploadCollectionAction, {});
  const problems = state.data?.problems ?? [];
  return (
    <form action={action} className="stack" noValidate>
      {state.message && (
        <p className={state.fieldErrors ? "form-message" : "notice"} role={state.fieldErrors ? "alert" : "status"}>
          {state.message}
        </p>
      )}
      {slug ? (
        <input type="hidden" name="slug" value={slug} />
      ) : (
        <Field
          id="upload-slug"
          name="slug"
          label="Collection short name"
          hint="A new one creates a collection; one of yours is updated."
          required
          defaultValue={state.values?.slug}
          error={state.fieldErrors?.slug}
        />
      )}
      <Field
        id={slug ? `upload-file-${slug}` : "upload-file"}
        name="file"
        label="JSON or CSV file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        required
        hint="At most 900 KB. The format is described in docs/collections/README.md."
        error={state.fieldErrors?.file}
      />
      {problems.length > 0 && (
        <div className="stack" role="alert">
          <ul className="plain-list upload-problems">
            {problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
          {problems.length > 200 && <p className="muted">…and {problems.length - 200} more.</p>}
        </div>
      )}
      <SubmitButton pendingLabel="Checking the file…">Upload</SubmitButton>
    </form>
  );
}

export function ShareForm({ slug }: { slug: string }) {
  return (
    <ActionForm action={shareCollectionAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <Field id="share-email" name="email" type="email" label="Teacher's email" required error={state.fieldErrors?.email} />
          <SubmitButton pendingLabel="Sharing…">Share read-only</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function UnshareButton({ slug, teacherId, name }: { slug: string; teacherId: string; name: string }) {
  return (
    <ActionForm action={unshareCollectionAction} className="inline-form">
      {() => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="teacherId" value={teacherId} />
          <button type="submit" className="link-button" aria-label={`Stop sharing with ${name}`}>
            Stop sharing
          </button>
        </>
      )}
    </ActionForm>
  );
}

export function VisibilityForm({ slug, visibility }: { slug: string; visibility: "public" | "private" }) {
  const next = visibility === "public" ? "private" : "public";
  return (
    <ActionForm action={setVisibilityAction} className="inline-form">
      {() => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="visibility" value={next} />
          <button type="submit" className="button button-quiet">
            {next === "public" ? "Make public (every teacher reads it)" : "Make private"}
          </button>
        </>
      )}
    </ActionForm>
  );
}

export function BuildSetForm({ slug, questions }: { slug: string; questions: number }) {
  return (
    <ActionForm action={buildSetFromCollectionAction} className="stack">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <Field id="collection-set-name" name="name" label="Set name" required error={state.fieldErrors?.name} />
          <Field
            id="collection-set-count"
            name="count"
            label="Number of questions"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            defaultValue={String(Math.min(10, Math.max(1, questions)))}
            required
            error={state.fieldErrors?.count}
          />
          <SubmitButton pendingLabel="Building…">Build set</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteEventButton({ slug, eventSlug, title }: { slug: string; eventSlug: string; title: string }) {
  return (
    <ActionForm action={deleteEventAction} className="inline-form">
      {() => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <button type="submit" className="button button-quiet button-danger" aria-label={`Delete the event ${title}`}>
            Delete event
          </button>
        </>
      )}
    </ActionForm>
  );
}
