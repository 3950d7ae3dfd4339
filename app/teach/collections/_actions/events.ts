"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { editCollection } from "@/db/queries/collections";
import { deleteFact } from "@/lib/collections/facts";
import {
  addFactSchema,
  createEventSchema,
  deleteFactSchema,
  editEventSchema,
  editFactSchema,
  previewFactSchema,
  removeLinkSchema,
  saveLinkSchema,
} from "@/lib/validation/collections";
import { defineAction } from "@/server/actions";
import {
  addFactChange,
  createEventChange,
  editEventChange,
  editFactChange,
  previewCollectionChange,
  removeLinkChange,
  runCollectionEdit,
  saveLinkChange,
  type FactPreview,
} from "@/server/collection-events";

// Every write and every preview names the owner in its query (server/collection-events.ts):
// another teacher's collection is "not found" (404), whatever it holds.

/** A new event with its first fact; on success, the collection page at the new event. */
export const createEventAction = defineAction(
  { name: "createCollectionEvent", access: "teacher", input: createEventSchema },
  async ({ input, user }) => {
    const outcome = await runCollectionEdit(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => createEventChange(document, input),
    });
    if (!outcome.ok) return outcome.state;
    revalidatePath(`/teach/collections/${input.slug}`, "layout");
    // The page names the added event from its slug (no message text travels in the address).
    redirect(`/teach/collections/${input.slug}?added=${outcome.change.eventSlug}#event-${outcome.change.eventSlug}`);
  },
);

/** The questions the new event's first fact would produce, with quality warnings. Writes nothing. */
export const previewNewEventAction = defineAction<typeof createEventSchema, "teacher", FactPreview>(
  { name: "previewCollectionEvent", access: "teacher", input: createEventSchema },
  async ({ input, user }) =>
    previewCollectionChange(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => createEventChange(document, input),
    }),
);

/** Edit an event's own fields; its slug (and so its questions' ids) stays. */
export const editEventAction = defineAction(
  { name: "editCollectionEvent", access: "teacher", input: editEventSchema },
  async ({ input, user }) => {
    const outcome = await runCollectionEdit(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => editEventChange(document, input),
    });
    if (!outcome.ok) return outcome.state;
    revalidatePath(`/teach/collections/${input.slug}`);
    return {
      message:
        outcome.report.status === "unchanged" ? "Nothing changed." : `Saved: ${outcome.report.questions} questions in the collection.`,
    };
  },
);

/** Add a fact to an event: its id is made from its question, unique in the event, and never changes. */
export const addFactAction = defineAction(
  { name: "addCollectionFact", access: "teacher", input: addFactSchema },
  async ({ input, user }) => {
    const outcome = await runCollectionEdit(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => addFactChange(document, input),
    });
    if (!outcome.ok) return outcome.state;
    revalidatePath(`/teach/collections/${input.slug}`);
    return { message: `Fact added: ${outcome.report.questions} questions in the collection.` };
  },
);

/** Edit one fact (its answer's kind included): its id stays, so the questions it still produces keep theirs and students' history. */
export const editFactAction = defineAction(
  { name: "editCollectionFact", access: "teacher", input: editFactSchema },
  async ({ input, user }) => {
    const outcome = await runCollectionEdit(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => editFactChange(document, input),
    });
    if (!outcome.ok) return outcome.state;
    revalidatePath(`/teach/collections/${input.slug}`);
    const { status, retired } = outcome.report;
    if (status === "unchanged") return { message: "Nothing changed." };
    return {
      message: `Fact saved; its questions keep their ids${retired > 0 ? ` (${retired} no longer asked, retired)` : ""}.`,
    };
  },
);

/** The questions an added or edited fact would produce (edited when the form names its fact), with quality warnings. Writes nothing. */
export const previewFactAction = defineAction<typeof previewFactSchema, "teacher", FactPreview>(
  { name: "previewCollectionFact", access: "teacher", input: previewFactSchema },
  async ({ input: { factId, ...input }, user }) =>
    previewCollectionChange(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => (factId ? editFactChange(document, { ...input, factId }) : addFactChange(document, input)),
    }),
);

/** Delete a fact: its questions are retired (students' history keeps them), never deleted. */
export const deleteFactAction = defineAction(
  { name: "deleteCollectionFact", access: "teacher", input: deleteFactSchema },
  async ({ input: { slug, ...edit }, user }) => {
    const report = await editCollection(await getDb(), { slug, ownerId: user.id, change: (document) => deleteFact(document, edit) });
    if (!report) notFound();
    revalidatePath(`/teach/collections/${slug}`);
    return { message: `Fact deleted; ${report.retired} question${report.retired === 1 ? "" : "s"} retired.` };
  },
);

/** Connect an event to another: the material of connection questions. */
export const saveLinkAction = defineAction(
  { name: "saveCollectionLink", access: "teacher", input: saveLinkSchema },
  async ({ input, user }) => {
    const outcome = await runCollectionEdit(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => saveLinkChange(document, input),
    });
    if (!outcome.ok) return outcome.state;
    revalidatePath(`/teach/collections/${input.slug}`);
    return { message: "Connection saved." };
  },
);

export const removeLinkAction = defineAction(
  { name: "removeCollectionLink", access: "teacher", input: removeLinkSchema },
  async ({ input, user }) => {
    const outcome = await runCollectionEdit(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) => removeLinkChange(document, input),
    });
    if (!outcome.ok) return outcome.state;
    revalidatePath(`/teach/collections/${input.slug}`);
    return { message: `Connection removed; ${outcome.report.retired} question${outcome.report.retired === 1 ? "" : "s"} retired.` };
  },
);
