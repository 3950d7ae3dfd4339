"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import {
  CollectionSlugTakenError,
  createCollection,
  editCollection,
  getOwnedCollection,
  importCollection,
  listCollectionQuestions,
  setCollectionVisibility,
  shareCollection,
  unshareCollection,
} from "@/db/queries/collections";
import { createSet } from "@/db/queries/quiz-sets";
import { checkDate } from "@/lib/collections/facts";
import { addArticleEvent } from "@/lib/collections/from-article";
import { formatOfFileName } from "@/lib/collections/import";
import { DomainError } from "@/lib/errors";
import { extractCandidates, type CandidateEvent } from "@/lib/extraction/article";
import { pickSetQuestions } from "@/lib/questions/pick-set";
import {
  acceptCandidateSchema,
  articleSchema,
  buildFromCollectionSchema,
  createCollectionSchema,
  deleteEventSchema,
  shareSchema,
  unshareSchema,
  uploadCollectionSchema,
  visibilitySchema,
} from "@/lib/validation/collections";
import { defineAction } from "@/server/actions";

// Every write names the owner in its query: another teacher's collection is "not found" (404),
// whatever it holds, so its existence is never confirmed.

export const createCollectionAction = defineAction(
  { name: "createCollection", access: "teacher", input: createCollectionSchema },
  async ({ input: { slug, title }, user }) => {
    await createCollection(await getDb(), { slug, ownerId: user.id, title });
    revalidatePath("/teach/collections");
    redirect(`/teach/collections/${slug}`);
  },
);

/** Upload a JSON or CSV file: validated whole first; the answer lists every problem, and nothing is written if there is one. */
export const uploadCollectionAction = defineAction<typeof uploadCollectionSchema, "teacher", { problems: string[] }>(
  { name: "uploadCollection", access: "teacher", input: uploadCollectionSchema },
  async ({ input: { slug, file }, user }) => {
    const text = await file.text();
    let result;
    try {
      result = await importCollection(await getDb(), { slug, ownerId: user.id, format: formatOfFileName(file.name), text });
    } catch (error) {
      if (error instanceof CollectionSlugTakenError) throw new DomainError(error.message, "slug");
      throw error;
    }
    if (!result.ok) {
      return {
        message: `The file has ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}; nothing was saved.`,
        fieldErrors: { file: "Fix the problems listed below and upload it again." },
        data: { problems: result.problems },
      };
    }
    revalidatePath("/teach/collections");
    revalidatePath(`/teach/collections/${slug}`);
    const what = {
      created: "Collection created",
      updated: "Collection updated",
      unchanged: "Nothing changed: the collection already holds this file",
    }[result.status];
    return { message: `${what}: ${result.events} events, ${result.questions} questions.` };
  },
);

export const shareCollectionAction = defineAction(
  { name: "shareCollection", access: "teacher", input: shareSchema },
  async ({ input: { slug, email }, user }) => {
    if (!(await shareCollection(await getDb(), { slug, ownerId: user.id, email }))) notFound();
    revalidatePath(`/teach/collections/${slug}`);
    return { message: `Shared read-only with ${email}.` };
  },
);

export const unshareCollectionAction = defineAction(
  { name: "unshareCollection", access: "teacher", input: unshareSchema },
  async ({ input: { slug, teacherId }, user }) => {
    if (!(await unshareCollection(await getDb(), { slug, ownerId: user.id, teacherId }))) notFound();
    revalidatePath(`/teach/collections/${slug}`);
  },
);

export const setVisibilityAction = defineAction(
  { name: "setCollectionVisibility", access: "teacher", input: visibilitySchema },
  async ({ input: { slug, visibility }, user }) => {
    if (!(await setCollectionVisibility(await getDb(), { slug, ownerId: user.id, visibility }))) notFound();
    revalidatePath(`/teach/collections/${slug}`);
    return {
      message:
        visibility === "public"
          ? "Every teacher can now read this collection."
          : "Only you and the teachers you share it with can read it.",
    };
  },
);

/** A new quiz set from a collection the teacher reads: core facts first, as the topic auto-build does. */
export const buildSetFromCollectionAction = defineAction(
  { name: "buildSetFromCollection", access: "teacher", input: buildFromCollectionSchema },
  async ({ input: { slug, name, count }, user }) => {
    const db = await getDb();
    const questions = await listCollectionQuestions(db, { slug, teacherId: user.id });
    if (questions.length === 0) throw new DomainError("This collection has no questions yet.");
    const id = await createSet(db, { teacherId: user.id, name, questionIds: pickSetQuestions(questions, count).map((q) => q.id) });
    revalidatePath("/teach");
    redirect(`/teach/sets/${id}`);
  },
);

/** Candidate events from a pasted article. Reads only: nothing is saved until a candidate is accepted. */
export const extractArticleAction = defineAction<typeof articleSchema, "teacher", { candidates: CandidateEvent[] }>(
  { name: "extractArticle", access: "teacher", input: articleSchema },
  async ({ input, user }) => {
    if (!(await getOwnedCollection(await getDb(), { slug: input.slug, ownerId: user.id }))) notFound();
    const candidates = extractCandidates({
      title: input.title,
      publisher: input.publisher,
      publishedOn: input.publishedOn,
      text: input.text,
    });
    return {
      message:
        candidates.length === 0
          ? "No dated sentence found: an event needs a date. Add events by hand instead."
          : `${candidates.length} candidate event${candidates.length === 1 ? "" : "s"} found. Accept, edit or reject each.`,
      data: { candidates },
    };
  },
);

/** Accept one (possibly edited) candidate: it becomes an event citing the article. */
export const acceptCandidateAction = defineAction(
  { name: "acceptCandidate", access: "teacher", input: acceptCandidateSchema },
  async ({ input, user }) => {
    checkDate(input.dateIso, input.precision, "dateIso");
    const report = await editCollection(await getDb(), {
      slug: input.slug,
      ownerId: user.id,
      change: (document) =>
        addArticleEvent(
          document,
          {
            title: input.articleTitle,
            publisher: input.publisher,
            publishedOn: input.publishedOn,
            ...(input.url ? { url: input.url } : {}),
          },
          {
            title: input.title,
            summary: input.summary,
            kind: input.kind,
            date: { iso: input.dateIso, precision: input.precision, ...(input.dateNote ? { note: input.dateNote } : {}) },
            people: input.people,
            organisations: input.organisations,
            places: input.places,
            tag: input.tag,
            importance: input.importance,
          },
        ).document,
    });
    if (!report) notFound();
    revalidatePath(`/teach/collections/${input.slug}`);
    return { message: `Added “${input.title}”: the collection now has ${report.events} events and ${report.questions} questions.` };
  },
);

/** Delete an event: its questions are retired (students' history keeps them), never deleted. */
export const deleteEventAction = defineAction(
  { name: "deleteCollectionEvent", access: "teacher", input: deleteEventSchema },
  async ({ input: { slug, eventSlug }, user }) => {
    const report = await editCollection(await getDb(), {
      slug,
      ownerId: user.id,
      change: (document) => ({ ...document, events: document.events.filter((e) => e.slug !== eventSlug) }),
    });
    if (!report) notFound();
    revalidatePath(`/teach/collections/${slug}`);
    return { message: `Event deleted; ${report.retired} question${report.retired === 1 ? "" : "s"} retired.` };
  },
);
