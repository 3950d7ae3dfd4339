/**
 * What a knowledge item is (the unit of memory: one FSRS state per student per item, shared by all
 * the questions — faces — that ask it). Stored in `knowledge_items.kind`.
 * - fact: one fact of the dataset (its multiple choice, true/false, cloze and typed questions);
 * - link: one way two events connect (a connection question);
 * - exercise: an ordering or matching question, a quiz exercise of its own (never a flashcard).
 */
export const ITEM_KINDS = ["fact", "link", "exercise"] as const;

export type ItemKind = (typeof ITEM_KINDS)[number];
