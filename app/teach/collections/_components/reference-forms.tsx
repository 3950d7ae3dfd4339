"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { entityKindSchema } from "@/lib/events/schema";
import { deleteEntityAction, deleteSourceAction, saveEntityAction, saveSourceAction } from "../_actions/references";

export interface SourceFormValues {
  id: string;
  title: string;
  publisher: string;
  publishedOn: string;
  url: string;
  author: string;
}

/** Create (no `source`) or edit one source. The id is made from the title once and never changes. */
export function SourceForm({ slug, source }: { slug: string; source?: SourceFormValues }) {
  const key = source?.id ?? "new";
  const id = (f: string) => `source-${key}-${f}`;
  return (
    <ActionForm action={saveSourceAction} className="stack">
      {(state) => {
        const value = (f: keyof SourceFormValues) => state.values?.[f as keyof typeof state.values] ?? source?.[f] ?? "";
        return (
          <>
            <input type="hidden" name="slug" value={slug} />
            {source && <input type="hidden" name="id" value={source.id} />}
            <Field id={id("title")} name="title" label="Title" required defaultValue={value("title")} error={state.fieldErrors?.title} />
            <Field
              id={id("publisher")}
              name="publisher"
              label="Publisher"
              required
              defaultValue={value("publisher")}
              error={state.fieldErrors?.publisher}
            />
            <Field
              id={id("publishedOn")}
              name="publishedOn"
              label="Publication date"
              type="date"
              required
              defaultValue={value("publishedOn")}
              error={state.fieldErrors?.publishedOn}
            />
            <Field
              id={id("url")}
              name="url"
              label="Web address (optional)"
              type="url"
              inputMode="url"
              defaultValue={value("url")}
              error={state.fieldErrors?.url}
            />
            <Field
              id={id("author")}
              name="author"
              label="Author (optional)"
              defaultValue={value("author")}
              error={state.fieldErrors?.author}
            />
            <SubmitButton pendingLabel="Saving…">{source ? "Save source" : "Add source"}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}

export interface EntityFormValues {
  id: string;
  name: string;
  kind: string;
  aliases: string;
  role: string;
  group: string;
  country: string;
  memberOf: string;
  nouns: string;
  traits: string;
  description: string;
}

const KIND_LABELS: Record<string, string> = {
  person: "Person",
  country: "Country",
  city: "City",
  place: "Place (building, port, sea…)",
  organisation: "Organisation",
  agreement: "Agreement (treaty, statement…)",
  ship: "Ship",
  programme: "Programme (exercise, project, policy…)",
};

/** Create (no `entity`) or edit one person, place, organisation…; lists are written "a; b; c". */
export function EntityForm({
  slug,
  entity,
  countries,
}: {
  slug: string;
  entity?: EntityFormValues;
  countries: { id: string; name: string }[];
}) {
  const key = entity?.id ?? "new";
  const id = (f: string) => `entity-${key}-${f}`;
  return (
    <ActionForm action={saveEntityAction} className="stack">
      {(state) => {
        const value = (f: keyof EntityFormValues) => state.values?.[f as keyof typeof state.values] ?? entity?.[f] ?? "";
        const errors = state.fieldErrors ?? {};
        return (
          <>
            <input type="hidden" name="slug" value={slug} />
            {entity && <input type="hidden" name="id" value={entity.id} />}
            <Field id={id("name")} name="name" label="Name" required defaultValue={value("name")} error={errors.name} />
            <div className="field">
              <label htmlFor={id("kind")}>Kind</label>
              <select id={id("kind")} name="kind" defaultValue={value("kind") || "person"}>
                {entityKindSchema.options.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k] ?? k}
                  </option>
                ))}
              </select>
            </div>
            <Field
              id={id("aliases")}
              name="aliases"
              label="Other names (optional)"
              hint="Separated by semicolons: typed answers accept them too."
              defaultValue={value("aliases")}
              error={errors.aliases}
            />
            <Field
              id={id("role")}
              name="role"
              label="Role (optional)"
              hint="For a person, e.g. Prime Minister of Cambodia."
              defaultValue={value("role")}
              error={errors.role}
            />
            <div className="field">
              <label htmlFor={id("country")}>Country (optional)</label>
              <select
                id={id("country")}
                name="country"
                defaultValue={value("country")}
                aria-invalid={errors.country ? true : undefined}
                aria-describedby={errors.country ? `${id("country")}-error` : undefined}
              >
                <option value="">None</option>
                {countries
                  .filter((c) => c.id !== entity?.id)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
              </select>
              {errors.country && (
                <p id={`${id("country")}-error`} className="field-error" role="alert">
                  {errors.country}
                </p>
              )}
            </div>
            <Field
              id={id("description")}
              name="description"
              label="Description in your own words (optional)"
              defaultValue={value("description")}
              error={errors.description}
            />
            <details className="disclosure" open={Boolean(errors.group || errors.memberOf || errors.nouns || errors.traits)}>
              <summary>More: distractor group, groupings, nouns, traits</summary>
              <div className="stack">
                <Field
                  id={id("group")}
                  name="group"
                  label="Distractor group (optional)"
                  hint="Entries of one group are offered as each other's wrong answers, e.g. head-of-government."
                  defaultValue={value("group")}
                  error={errors.group}
                />
                <Field
                  id={id("memberOf")}
                  name="memberOf"
                  label="Member of (optional)"
                  hint="Names of this collection's blocs or bodies, separated by semicolons, e.g. ASEAN."
                  defaultValue={value("memberOf")}
                  error={errors.memberOf}
                />
                <Field
                  id={id("nouns")}
                  name="nouns"
                  label="Nouns a question may use (optional)"
                  hint="e.g. bloc; leader."
                  defaultValue={value("nouns")}
                  error={errors.nouns}
                />
                <Field
                  id={id("traits")}
                  name="traits"
                  label="Traits a question may use (optional)"
                  hint="e.g. former."
                  defaultValue={value("traits")}
                  error={errors.traits}
                />
              </div>
            </details>
            <SubmitButton pendingLabel="Saving…">{entity ? "Save" : "Add"}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}

/** Delete a source or an entity; refused, with what still uses it, while anything does. */
export function DeleteReferenceButton({ slug, id, label, kind }: { slug: string; id: string; label: string; kind: "source" | "entity" }) {
  return (
    <ActionForm action={kind === "source" ? deleteSourceAction : deleteEntityAction} className="stack">
      {() => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="id" value={id} />
          <p>
            <button type="submit" className="button button-quiet button-danger" aria-label={`Delete ${label}`}>
              Delete
            </button>
          </p>
        </>
      )}
    </ActionForm>
  );
}
