/**
 * The events CSV's references, read as a spreadsheet user writes them: an actor, place or entity
 * answer may be the entry's id or its name (or an alias), a source its id or its title. What the
 * collection does not have is not invented — an entity's kind decides which wrong answers its
 * questions offer, and a source needs a publisher and a date no CSV cell holds — so each missing
 * one is listed once, with every row that names it and where to add it. Pure.
 */
import { findEntityId, findSourceId } from "./references";
import type { CollectionDocument } from "./schema";

type RowOf = (eventIndex: number, factIndex?: number) => string;

interface Missing {
  what: "entity" | "source";
  text: string;
  columns: Set<string>;
  rows: string[];
}

/** Row labels ("row 2", "rows 3–5") joined, each once, in order: "rows 2, 4–6". */
function joinRows(labels: string[]): string {
  const unique = [...new Set(labels)];
  const numbers = unique.map((l) => l.replace(/^rows? /, ""));
  const shown = numbers.slice(0, 6).join(", ") + (numbers.length > 6 ? ` and ${numbers.length - 6} more` : "");
  return unique.length === 1 && unique[0]?.startsWith("row ") ? `row ${shown}` : `rows ${shown}`;
}

export const ADD_ENTITY_HINT =
  "add it on the collection's “People, places and organisations” page (or in its JSON), then upload the CSV again";
export const ADD_SOURCE_HINT = "add it on the collection's “Sources” page (or in its JSON), then upload the CSV again";

/**
 * Replace names by ids in the parsed CSV events (a copy); return the problems for references the
 * collection lacks. Unresolved references are left as typed and their paths returned, so the caller
 * drops the validator's own lines about them (these say more).
 */
export function resolveCsvReferences(
  events: readonly unknown[],
  document: CollectionDocument,
  rowOf: RowOf,
): { events: unknown[]; problems: string[]; unresolved: string[] } {
  const missing = new Map<string, Missing>();
  const unresolved: string[] = [];
  const note = (what: Missing["what"], text: string, column: string, row: string) => {
    const key = `${what}:${text.toLowerCase()}`;
    const entry = missing.get(key) ?? { what, text, columns: new Set<string>(), rows: [] };
    entry.columns.add(column);
    entry.rows.push(row);
    missing.set(key, entry);
  };
  const entity = (text: unknown, column: string, row: string, path: string): unknown => {
    if (typeof text !== "string") return text;
    const id = findEntityId(document, text);
    if (id === undefined) {
      note("entity", text, column, row);
      unresolved.push(path);
    }
    return id ?? text;
  };

  const resolved = events.map((raw, e) => {
    if (raw === null || typeof raw !== "object") return raw;
    const event = { ...(raw as Record<string, unknown>) };
    const eventRows = rowOf(e);
    for (const column of ["actors", "places", "discussed"] as const) {
      const list = event[column];
      if (Array.isArray(list)) event[column] = list.map((t, k) => entity(t, column, eventRows, `events[${e}].${column}[${k}]`));
    }
    if (Array.isArray(event.sources)) {
      event.sources = event.sources.map((t: unknown, k) => {
        if (typeof t !== "string") return t;
        const id = findSourceId(document, t);
        if (id === undefined) {
          note("source", t, "sources", eventRows);
          unresolved.push(`events[${e}].sources[${k}]`);
        }
        return id ?? t;
      });
    }
    if (Array.isArray(event.facts)) {
      event.facts = event.facts.map((rawFact: unknown, f) => {
        if (rawFact === null || typeof rawFact !== "object") return rawFact;
        const fact = { ...(rawFact as Record<string, unknown>) };
        const answer = fact.answer as { kind?: unknown; entity?: unknown } | undefined;
        if (answer?.kind === "entity")
          fact.answer = { ...answer, entity: entity(answer.entity, "answer", rowOf(e, f), `events[${e}].facts[${f}].answer.entity`) };
        return fact;
      });
    }
    return event;
  });

  const problems = [...missing.values()].map((m) => {
    const columns = [...m.columns].join(", ");
    return m.what === "entity"
      ? `${joinRows(m.rows)} ${columns}: no person, place or organisation “${m.text}” in the collection; ${ADD_ENTITY_HINT}`
      : `${joinRows(m.rows)} sources: no source “${m.text}” in the collection; ${ADD_SOURCE_HINT}`;
  });
  return { events: resolved, problems, unresolved };
}

/**
 * Whether a validator problem is about a reference already listed as missing (its "unknown
 * entity" or "not a slug" line): `unresolved` are the CSV events' paths, `offset` where those
 * events start in the validated document.
 */
export function isAboutUnresolved(problem: string, unresolved: readonly string[], offset: number): boolean {
  return unresolved.some((path) => {
    const shifted = path.replace(/^events\[(\d+)\]/, (_, i: string) => `events[${Number(i) + offset}]`);
    return problem.startsWith(`${shifted}:`) || problem.startsWith(`${shifted}.`);
  });
}
