/**
 * A collection's questions: the same generator (lib/questions) and the same item-quality rules
 * (lib/questions/lint) as the built-in bank, run on the collection's document. Question ids are
 * the generator's (stable: type, event slug, fact id, variant), prefixed with the collection's
 * slug outside the built-in collection so two collections never share an id.
 */
import crypto from "node:crypto";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import { buildQuestionBank, DEFAULT_SEED, type Question } from "@/lib/questions";
import { lintBank, type LintViolation } from "@/lib/questions/lint";
import { documentToDataset, type CollectionDocument } from "./schema";

/** The id a generated question gets in `collection`. */
export function collectionQuestionId(collection: string, generatedId: string): string {
  return collection === BUILTIN_COLLECTION ? generatedId : `${collection}.${generatedId}`;
}

export interface CollectionBank {
  questions: Question[];
  /** Lint findings, their `id` being the (prefixed) question id or "event/fact" for a fact no question asks. */
  warnings: LintViolation[];
}

/** Generate (and lint) the questions of a collection's document. Pure and deterministic. */
export function buildCollectionBank(collection: string, document: CollectionDocument, options: { lint?: boolean } = {}): CollectionBank {
  const dataset = documentToDataset(document);
  const report = buildQuestionBank(dataset, { seed: DEFAULT_SEED });
  const warnings = options.lint === false ? [] : lintBank(dataset, report.questions);
  const rename = (id: string) => collectionQuestionId(collection, id);
  const known = new Set(report.questions.map((q) => q.id));
  return {
    questions: report.questions.map((q) => ({ ...q, id: rename(q.id) })),
    warnings: warnings.map((w) => (known.has(w.id) ? { ...w, id: rename(w.id) } : w)),
  };
}

/** The content version of a collection: its title, document and bank. */
export function collectionVersion(title: string, document: CollectionDocument, questions: readonly Question[]): string {
  return crypto.createHash("sha256").update(JSON.stringify({ title, document, questions })).digest("hex").slice(0, 16);
}

export interface FactQuestions {
  eventSlug: string;
  factId: string;
  questions: Question[];
  warnings: LintViolation[];
}

/** Questions and warnings grouped by the fact they come from (connection/ordering/matching questions excluded). */
export function questionsByFact(document: CollectionDocument, bank: CollectionBank): Map<string, FactQuestions> {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const out = new Map<string, FactQuestions>();
  for (const event of document.events) {
    for (const fact of event.facts)
      out.set(`${event.slug}/${fact.id}`, { eventSlug: event.slug, factId: fact.id, questions: [], warnings: [] });
  }
  for (const q of bank.questions) {
    const factId = "factId" in q ? q.factId : undefined;
    if (factId === undefined || q.link) continue;
    out.get(`${q.eventIds[0] ?? ""}/${factId}`)?.questions.push(q);
  }
  for (const w of bank.warnings) {
    const q = byId.get(w.id);
    const key = q && "factId" in q && q.factId !== undefined ? `${q.eventIds[0] ?? ""}/${q.factId}` : w.id;
    out.get(key)?.warnings.push(w);
  }
  return out;
}
