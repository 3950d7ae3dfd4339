/**
 * The event and fact forms of a teacher's collection, as their actions run them (kept out of the
 * action file so db tests can run them on both engines): names resolved to the collection's
 * entries, the pure change of lib/collections, the whole document validated, then one write — or,
 * for a preview, the same change in memory with the generator and the item-quality rules run on
 * it and nothing written.
 *
 * Only the owner edits or previews: for anyone else the collection is "not found" (a 404, as for a
 * collection that does not exist), so its existence is never confirmed.
 */
import { notFound } from "next/navigation";
import type { z } from "zod";
import type { Db } from "@/db";
import { CollectionInvalidError, editCollection, getOwnedCollection, type SaveReport } from "@/db/queries/collections";
import { createEvent, editEvent, parseQuantities, removeLink, saveLink, type EventFields } from "@/lib/collections/events";
import { addFact, editFact, type FactFields } from "@/lib/collections/facts";
import { buildCollectionBank, questionsByFact } from "@/lib/collections/questions";
import { requireEntityIds } from "@/lib/collections/references";
import type { CollectionDocument } from "@/lib/collections/schema";
import { validateCollectionFile } from "@/lib/collections/validate";
import { ruleTitle } from "@/lib/questions/lint";
import type { FormState } from "@/lib/forms";
import type { QuestionType } from "@/lib/domain";
import type {
  addFactSchema,
  createEventSchema,
  editEventSchema,
  editFactSchema,
  removeLinkSchema,
  saveLinkSchema,
} from "@/lib/validation/collections";

type CreateEventInput = z.output<typeof createEventSchema>;
type EditEventInput = z.output<typeof editEventSchema>;
type AddFactInput = z.output<typeof addFactSchema>;
type EditFactInput = z.output<typeof editFactSchema>;

/** A change to a document, and where in it the changed event and fact now are (for the preview and for messages). */
interface Change {
  document: CollectionDocument;
  eventSlug: string;
  factId?: string;
}

/** The form's event fields, names resolved against `document` (an unknown name is refused beside its field). */
function eventFieldsOf(document: CollectionDocument, input: Omit<EditEventInput, "slug" | "eventSlug">): EventFields {
  return {
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    dateIso: input.dateIso,
    precision: input.precision,
    basis: input.basis,
    tag: input.tag,
    sourceId: input.sourceId,
    numbers: parseQuantities(input.numbers),
    actors: requireEntityIds(document, input.actors, "actors"),
    places: requireEntityIds(document, input.places, "places"),
    discussed: requireEntityIds(document, input.discussed, "discussed"),
    ...(input.dateNote ? { dateNote: input.dateNote } : {}),
    ...(input.name ? { name: input.name } : {}),
  };
}

/** The form's fact fields, names of other right answers and non-distractors resolved against `document`. */
function factFieldsOf(document: CollectionDocument, input: Omit<AddFactInput, "slug" | "eventSlug">): FactFields {
  return {
    question: input.question,
    statement: input.statement,
    importance: input.importance,
    explanation: input.explanation,
    answer: {
      kind: input.answerKind,
      value: input.answer,
      style: input.numberStyle,
      distractors: input.distractors,
      aliases: input.aliases,
      ...(input.unit ? { unit: input.unit } : {}),
    },
    alsoRight: requireEntityIds(document, input.alsoRight, "alsoRight"),
    notDistractors: requireEntityIds(document, input.notDistractors, "notDistractors"),
  };
}

export function createEventChange(document: CollectionDocument, input: CreateEventInput): Change {
  const created = createEvent(document, eventFieldsOf(document, input), factFieldsOf(document, input));
  const event = created.document.events.find((e) => e.slug === created.eventSlug);
  return { document: created.document, eventSlug: created.eventSlug, ...(event?.facts[0] ? { factId: event.facts[0].id } : {}) };
}

export function addFactChange(document: CollectionDocument, input: AddFactInput): Change {
  const added = addFact(document, input.eventSlug, factFieldsOf(document, input));
  return { document: added.document, eventSlug: input.eventSlug, factId: added.factId };
}

export function editFactChange(document: CollectionDocument, input: EditFactInput): Change {
  return {
    document: editFact(document, { ...factFieldsOf(document, input), eventSlug: input.eventSlug, factId: input.factId }),
    eventSlug: input.eventSlug,
    factId: input.factId,
  };
}

export function editEventChange(document: CollectionDocument, input: EditEventInput): Change {
  return { document: editEvent(document, { ...eventFieldsOf(document, input), eventSlug: input.eventSlug }), eventSlug: input.eventSlug };
}

export function saveLinkChange(document: CollectionDocument, input: z.output<typeof saveLinkSchema>): Change {
  const { slug: _slug, eventSlug, years, ...link } = input;
  return { document: saveLink(document, eventSlug, { ...link, ...(years === undefined ? {} : { years }) }), eventSlug };
}

export function removeLinkChange(document: CollectionDocument, input: z.output<typeof removeLinkSchema>): Change {
  return { document: removeLink(document, input.eventSlug, input), eventSlug: input.eventSlug };
}

/** Document paths whose form field has another name. */
const FIELD_OF_PATH: Record<string, string> = { date: "dateIso", sources: "sourceId", tags: "tag", alsoCorrect: "alsoRight" };

/**
 * Whole-document problems as messages beside the form's fields: those about the changed fact go
 * beside its fields ("events[4].facts[1].question: …" → question), those about the event beside
 * its own; the rest become the form's message.
 */
export function problemsAsFormState(problems: readonly string[], change: Change): FormState {
  const eventIndex = change.document.events.findIndex((e) => e.slug === change.eventSlug);
  const event = change.document.events[eventIndex];
  const factIndex = event?.facts.findIndex((f) => f.id === change.factId) ?? -1;
  const prefixes = [
    ...(factIndex >= 0 ? [`events[${eventIndex}].facts[${factIndex}]`] : []),
    ...(eventIndex >= 0 ? [`events[${eventIndex}]`] : []),
  ];
  const fieldErrors: Record<string, string> = {};
  const rest: string[] = [];
  for (const problem of problems) {
    const prefix = prefixes.find((p) => problem.startsWith(`${p}.`));
    const match = prefix ? /^\.([A-Za-z]+)[^:]*: (.*)$/.exec(problem.slice(prefix.length)) : null;
    const field = match?.[1] ? (FIELD_OF_PATH[match[1]] ?? match[1]) : undefined;
    if (field && match?.[2] && field !== "facts") fieldErrors[field] ??= match[2];
    else rest.push(problem);
  }
  return {
    message:
      rest.length > 0 ? `Nothing was saved: ${rest.slice(0, 3).join("; ")}` : "Nothing was saved: please fix the highlighted fields.",
    fieldErrors,
  };
}

export type EditOutcome = { ok: true; change: Change; report: SaveReport } | { ok: false; state: FormState };

/** Apply `change` to the owner's collection and save it; problems come back for the form, nothing written. */
export async function runCollectionEdit(
  db: Db,
  { slug, ownerId, change }: { slug: string; ownerId: string; change: (document: CollectionDocument) => Change },
): Promise<EditOutcome> {
  let changed: Change | undefined;
  try {
    const report = await editCollection(db, {
      slug,
      ownerId,
      change: (document) => {
        changed = change(document);
        return changed.document;
      },
    });
    if (!report || !changed) notFound();
    return { ok: true, change: changed, report };
  } catch (error) {
    if (!(error instanceof CollectionInvalidError) || !changed) throw error;
    return { ok: false, state: problemsAsFormState(error.problems, changed) };
  }
}

/** What a fact would produce: its questions (type, prompt, answer) and the quality warnings, before anything is saved. */
export interface FactPreview {
  questions: { id: string; type: QuestionType; prompt: string; answer: string; kept: boolean }[];
  warnings: string[];
}

/**
 * The questions the changed fact would produce, and its quality warnings, computed on the owner's
 * collection with the change applied in memory. Read-only: nothing is written.
 */
export async function previewCollectionChange(
  db: Db,
  { slug, ownerId, change }: { slug: string; ownerId: string; change: (document: CollectionDocument) => Change },
): Promise<FormState<string, FactPreview>> {
  const owned = await getOwnedCollection(db, { slug, ownerId });
  if (!owned) notFound();
  const changed = change(owned.document);
  const checked = validateCollectionFile(changed.document, { allowEmpty: true });
  if (!checked.ok) return problemsAsFormState(checked.problems, changed);
  const key = `${changed.eventSlug}/${changed.factId ?? ""}`;
  const before = new Set(
    questionsByFact(owned.document, buildCollectionBank(slug, owned.document, { lint: false }))
      .get(key)
      ?.questions.map((q) => q.id),
  );
  const bank = buildCollectionBank(slug, checked.document);
  const produced = questionsByFact(checked.document, bank).get(key);
  const questions = (produced?.questions ?? []).map((q) => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    answer: q.answer,
    kept: before.has(q.id),
  }));
  // The same finding on several of the fact's questions is one thing to fix: listed once.
  const warnings = [...new Set((produced?.warnings ?? []).map((w) => `${ruleTitle(w.rule)}: ${w.message}`))];
  return {
    message: `${questions.length} question${questions.length === 1 ? "" : "s"}${
      warnings.length > 0 ? `, ${warnings.length} quality warning${warnings.length === 1 ? "" : "s"}` : ", no quality warning"
    }. Nothing is saved yet.`,
    data: { questions, warnings },
  };
}
