/**
 * From an uploaded or command-line file to a validated collection document, or the full list of
 * problems: JSON (the dataset's schema, lib/collections/schema.ts) or the events CSV
 * (lib/collections/csv.ts), whose events replace the collection's events of the same slug and
 * join its sources and entities (named by id or by name: lib/collections/csv-references.ts). Pure; nothing is written here.
 */
import { parseEventsCsv } from "./csv";
import { isAboutUnresolved, resolveCsvReferences } from "./csv-references";
import type { CollectionDocument } from "./schema";
import { hasControlCharacters, validateCollectionFile } from "./validate";

/** Largest file accepted (the whole built-in dataset exports to about 0.4 MB). */
export const MAX_IMPORT_BYTES = 2_000_000;

export type ImportFormat = "json" | "csv";

export type PreparedImport = { ok: true; title?: string; document: CollectionDocument } | { ok: false; problems: string[] };

/** "json" or "csv" from a file name; JSON unless it ends in .csv. */
export function formatOfFileName(name: string): ImportFormat {
  return /\.csv$/i.test(name) ? "csv" : "json";
}

export function prepareImport(params: { format: ImportFormat; text: string; existing?: CollectionDocument | null }): PreparedImport {
  const { format, text } = params;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problems: [`(file): ${bytes} bytes, more than the ${MAX_IMPORT_BYTES} allowed; split it into several collections`],
    };
  }
  if (text.trim() === "") return { ok: false, problems: ["(file): empty"] };
  if (format === "json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, problems: [`(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
    }
    return validateCollectionFile(value);
  }

  if (hasControlCharacters(text.replace(/[\t\r\n]/g, ""))) {
    const line = text.split("\n").findIndex((l) => hasControlCharacters(l.replace(/[\t\r]/g, ""))) + 1;
    return { ok: false, problems: [`row ${line}: contains a control character`] };
  }
  const csv = parseEventsCsv(text);
  if (!csv.ok) return csv;
  const existing = params.existing ?? { sources: [], entities: [], events: [] };
  // Names or ids, as a spreadsheet user writes them; what the collection lacks is listed first.
  const references = resolveCsvReferences(csv.events, existing, csv.rowOf);
  const slugs = new Set(references.events.map((e) => (e as { slug?: unknown }).slug));
  const kept = existing.events.filter((e) => !slugs.has(e.slug));
  const merged = { sources: existing.sources, entities: existing.entities, events: [...kept, ...references.events] };
  const result = validateCollectionFile(merged);
  if (result.ok && references.problems.length === 0) return result;
  // Paths into the CSV's events become row numbers.
  const problems = (result.ok ? [] : result.problems)
    .filter((p) => !isAboutUnresolved(p, references.unresolved, kept.length))
    .map((p) =>
      p.replace(/^events\[(\d+)\](?:\.facts\[(\d+)\])?\.?/, (match, e: string, f: string | undefined) => {
        const index = Number(e) - kept.length;
        if (index < 0) return match;
        return `${csv.rowOf(index, f === undefined ? undefined : Number(f))} `;
      }),
    );
  return { ok: false, problems: [...references.problems, ...problems] };
}
