"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { CollectionInvalidError, editCollection } from "@/db/queries/collections";
import { deleteEntity, deleteSource, fieldProblems, resolveEntityIds, saveEntity, saveSource } from "@/lib/collections/references";
import type { CollectionDocument } from "@/lib/collections/schema";
import { DomainError } from "@/lib/errors";
import type { FormState } from "@/lib/forms";
import { deleteReferenceSchema, entityFieldsSchema, sourceFieldsSchema } from "@/lib/validation/collections";
import { defineAction } from "@/server/actions";

// Each write names the owner in its query (editCollection): another teacher's collection is "not
// found" (404), so its existence is never confirmed. The whole document is validated before the
// one write; on any problem nothing is saved and the problem is shown beside its field.

/**
 * Run an edit; a document left invalid comes back as errors beside the fields of the item at
 * `prefix` (e.g. "entities[3]") and the rest as the form's message.
 */
async function runEdit<Field extends string>(
  slug: string,
  ownerId: string,
  change: (document: CollectionDocument) => { document: CollectionDocument; prefix?: string },
): Promise<{ ok: true } | { ok: false; state: FormState<Field> }> {
  let prefix: string | undefined;
  try {
    const report = await editCollection(await getDb(), {
      slug,
      ownerId,
      change: (document) => {
        const result = change(document);
        prefix = result.prefix;
        return result.document;
      },
    });
    if (!report) notFound();
  } catch (error) {
    // A refusal with no field of its own (a deletion still in use) is shown as the form's error.
    if (error instanceof DomainError && !(error instanceof CollectionInvalidError) && error.field === undefined)
      return { ok: false, state: { message: error.message, fieldErrors: {} } };
    if (!(error instanceof CollectionInvalidError)) throw error;
    const { fields, rest } = prefix ? fieldProblems(error.problems, prefix) : { fields: {}, rest: error.problems };
    return {
      ok: false,
      state: {
        message:
          rest.length > 0 ? `Nothing was saved: ${rest.slice(0, 3).join("; ")}` : "Nothing was saved: please fix the highlighted fields.",
        fieldErrors: fields as Partial<Record<Field, string>>,
      },
    };
  }
  revalidatePath(`/teach/collections/${slug}`, "layout");
  return { ok: true };
}

/** Create a source (no id) or edit one (its id stays, so the events citing it keep citing it). */
export const saveSourceAction = defineAction(
  { name: "saveCollectionSource", access: "teacher", input: sourceFieldsSchema },
  async ({ input: { slug, id, ...fields }, user }) => {
    const result = await runEdit<keyof typeof sourceFieldsSchema.shape>(slug, user.id, (document) => {
      const saved = saveSource(document, fields, id);
      return { document: saved.document, prefix: `sources[${saved.document.sources.findIndex((s) => s.id === saved.id)}]` };
    });
    if (!result.ok) return result.state;
    return { message: id ? `Saved “${fields.title}”.` : `Added “${fields.title}”.` };
  },
);

/** Create or edit a person, place, organisation…: names typed in "member of" resolve to the collection's entries. */
export const saveEntityAction = defineAction(
  { name: "saveCollectionEntity", access: "teacher", input: entityFieldsSchema },
  async ({ input: { slug, id, ...fields }, user }) => {
    const result = await runEdit<keyof typeof entityFieldsSchema.shape>(slug, user.id, (document) => {
      const memberOf = resolveEntityIds(document, fields.memberOf);
      if (memberOf.unknown.length > 0)
        throw new DomainError(`No entry of this collection is called ${memberOf.unknown.map((n) => `“${n}”`).join(", ")}.`, "memberOf");
      if (id !== undefined && (memberOf.ids.includes(id) || fields.country === id))
        throw new DomainError("An entry cannot belong to itself.", memberOf.ids.includes(id) ? "memberOf" : "country");
      const saved = saveEntity(document, { ...fields, memberOf: memberOf.ids }, id);
      return { document: saved.document, prefix: `entities[${saved.document.entities.findIndex((e) => e.id === saved.id)}]` };
    });
    if (!result.ok) return result.state;
    return { message: id ? `Saved “${fields.name}”.` : `Added “${fields.name}”.` };
  },
);

/** Delete a source no event cites; refused with the events' titles otherwise. */
export const deleteSourceAction = defineAction(
  { name: "deleteCollectionSource", access: "teacher", input: deleteReferenceSchema },
  async ({ input: { slug, id }, user }) => {
    const result = await runEdit<"id">(slug, user.id, (document) => ({ document: deleteSource(document, id) }));
    if (!result.ok) return result.state;
    return { message: "Source deleted." };
  },
);

/** Delete an entity nothing refers to; refused with what refers to it otherwise. */
export const deleteEntityAction = defineAction(
  { name: "deleteCollectionEntity", access: "teacher", input: deleteReferenceSchema },
  async ({ input: { slug, id }, user }) => {
    const result = await runEdit<"id">(slug, user.id, (document) => ({ document: deleteEntity(document, id) }));
    if (!result.ok) return result.state;
    return { message: "Deleted." };
  },
);
