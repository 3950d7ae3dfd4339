/**
 * Knowledge items: the unit a student remembers. One FSRS memory state is kept per student per
 * item, and every question asking the item is one of its faces:
 * - a fact of the dataset is one item ("f:<event>/<fact>"), asked by its multiple choice,
 *   true/false, cloze and typed questions;
 * - an ordering or matching question is an exercise, an item of its own ("x:<question id>");
 * - a connection question (from an event link, one form) is an item of its own ("x:<question id>").
 *
 * `computeReveals` lists, for each question, the other items whose answer the question shows
 * (prompt, statement, cloze text, choices, ordering and matching labels), from the facts
 * themselves: lib/study/session-plan.ts holds such a question back until those items are answered.
 */
import type { ItemKind } from "@/lib/domain";
import type { Dataset } from "@/lib/events/schema";
import type { DatasetIndex } from "./dataset-index";
import { revealedAnswer } from "./reveal";
import type { Question } from "./types";

/** The item id of a fact. */
export function factItemId(eventSlug: string, factId: string): string {
  return `f:${eventSlug}/${factId}`;
}

/** The item a question asks: its fact's item, or an item of its own. */
export function itemIdOf(q: Pick<Question, "id" | "eventIds" | "itemId"> & { factId?: string }): string {
  if (q.itemId) return q.itemId;
  const event = q.eventIds[0];
  return q.factId !== undefined && event !== undefined ? factItemId(event, q.factId) : `x:${q.id}`;
}

/** What kind of item a question asks. */
export function itemKindOf(q: Pick<Question, "type"> & { factId?: string }): ItemKind {
  if (q.type === "ordering" || q.type === "matching") return "exercise";
  return q.factId !== undefined ? "fact" : "link";
}

/** Ordering and matching: exercises, never flashcards. */
export function isExerciseType(type: Question["type"]): boolean {
  return type === "ordering" || type === "matching";
}

/** Everything a question shows before it is answered (the answer options included). */
export function shownTexts(q: Question): string[] {
  switch (q.type) {
    case "multiple_choice":
      return [q.prompt, ...q.choices];
    case "true_false":
      return [q.prompt, q.statement];
    case "cloze":
      return [q.prompt, q.text];
    case "typed":
      return [q.prompt];
    case "ordering":
      return [q.prompt, ...q.items.map((i) => i.label)];
    case "matching":
      return [q.prompt, ...q.left.map((l) => l.label), ...q.right.map((r) => r.label)];
  }
}

/**
 * For each question, the ids of the fact items (of the events the question is about, other than
 * its own item) whose answer — or one of its accepted alternatives — the question shows. Sorted,
 * deterministic.
 */
export function computeReveals(questions: readonly Question[], dataset: Dataset, index: DatasetIndex): Map<string, string[]> {
  const events = new Map(dataset.events.map((e) => [e.slug, e]));
  const out = new Map<string, string[]>();
  for (const q of questions) {
    const own = itemIdOf(q);
    const texts = shownTexts(q).join("\n");
    const revealed = new Set<string>();
    for (const slug of q.eventIds) {
      for (const fact of events.get(slug)?.facts ?? []) {
        const id = factItemId(slug, fact.id);
        if (id === own || revealed.has(id)) continue;
        if (revealedAnswer(texts, fact, index) !== undefined) revealed.add(id);
      }
    }
    out.set(q.id, [...revealed].sort());
  }
  return out;
}

/** The bank with each question's item id and reveals filled in. */
export function withItems(questions: readonly Question[], dataset: Dataset, index: DatasetIndex): Question[] {
  const reveals = computeReveals(questions, dataset, index);
  return questions.map((q) => ({ ...q, itemId: itemIdOf(q), reveals: reveals.get(q.id) ?? [] }));
}

/**
 * The order new knowledge items are introduced in, from the bank's study order (core first, types
 * interleaved): each item at its first face, then — within each importance — the kinds spread in
 * proportion to their numbers, so a session of new items is mostly facts with an exercise or link
 * now and then (in question order, each fact's four faces would let exercises take half the slots).
 */
export function itemStudyOrder(ordered: readonly Question[]): string[] {
  const first = new Map<string, Question>();
  for (const q of ordered) if (!first.has(itemIdOf(q))) first.set(itemIdOf(q), q);
  const out: string[] = [];
  for (const importance of ["core", "supporting", "detail"] as const) {
    const byKind = new Map<ItemKind, string[]>();
    for (const [id, q] of first) {
      if (q.importance !== importance) continue;
      const kind = itemKindOf(q);
      byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    }
    const keyed = [...byKind.values()].flatMap((ids) => ids.map((id, i) => ({ id, key: (i + 0.5) / ids.length })));
    keyed.sort((a, b) => a.key - b.key);
    out.push(...keyed.map((k) => k.id));
  }
  // Anything of another importance (none today) keeps its bank order at the end.
  for (const id of first.keys()) if (!out.includes(id)) out.push(id);
  return out;
}
