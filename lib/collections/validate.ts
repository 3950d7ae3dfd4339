/**
 * Whole-file validation of a collection: the document's shape (zod), the dataset's cross-reference
 * rules (lib/events/validate.ts: every id resolves, unique slugs, no question giving its answer
 * away…) and no control character in any text. Every problem is listed with its path and reason,
 * so a file is fixed in one pass; nothing is written unless the list is empty.
 */
import { DatasetValidationError, validateDataset } from "@/lib/events/validate";
import type { DatasetInput } from "@/lib/events/schema";
import { collectionFileSchema, type CollectionDocument } from "./schema";

/** C0 controls except tab, newline and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` holds a control character (other than tab and line breaks) or a broken emoji. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

/** Paths of every string (keys included) holding a control character; stops descending at depth 12. */
export function controlCharacterProblems(value: unknown, path: PropertyKey[] = [], depth = 0): string[] {
  const where = () => (path.length === 0 ? "(file)" : formatPath(path));
  if (typeof value === "string") return hasControlCharacters(value) ? [`${where()}: contains a control character`] : [];
  if (value === null || typeof value !== "object") return [];
  if (depth > 12) return [`${where()}: nested too deeply`];
  if (Array.isArray(value)) return value.flatMap((item, i) => controlCharacterProblems(item, [...path, i], depth + 1));
  return Object.entries(value).flatMap(([key, item]) => [
    ...(hasControlCharacters(key) ? [`${where()}: a key contains a control character`] : []),
    ...controlCharacterProblems(item, [...path, key], depth + 1),
  ]);
}

export type CollectionFileResult = { ok: true; title?: string; document: CollectionDocument } | { ok: false; problems: string[] };

/**
 * Validate a parsed import file (any JSON value). A file needs a source and an event; with
 * `allowEmpty` (a stored collection being edited) it may have none yet, so a teacher can add
 * sources and entities before the first event, or delete the last one.
 */
export function validateCollectionFile(input: unknown, options: { allowEmpty?: boolean } = {}): CollectionFileResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, problems: ["(file): expected a JSON object with sources, entities and events"] };
  }
  const control = controlCharacterProblems(input);
  if (control.length > 0) return { ok: false, problems: control };

  const problems: string[] = [];
  const parsed = collectionFileSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${formatPath(issue.path) || "(file)"}: ${issue.message}`);
  }
  // The dataset's own rules, on the input with the optional seed file filled in.
  const raw = input as { sources?: unknown };
  const withSeedFiles = {
    ...raw,
    sources: Array.isArray(raw.sources)
      ? raw.sources.map((s: unknown) => (s && typeof s === "object" ? { seedFile: "", ...s } : s))
      : raw.sources,
  } as unknown as DatasetInput;
  try {
    validateDataset(withSeedFiles);
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    const record = input as Record<string, unknown>;
    // The dataset's "at least one" rule is the only problem with a bare top-level path on an empty array.
    const allowed = (p: string) =>
      options.allowEmpty === true &&
      ["sources", "events"].some((key) => p.startsWith(`${key}: `) && Array.isArray(record[key]) && record[key].length === 0);
    problems.push(...error.problems.filter((p) => !allowed(p)));
  }
  const unique = [...new Set(problems)];
  if (unique.length > 0 || !parsed.success) return { ok: false, problems: unique };
  const { title, ...document } = parsed.data;
  return { ok: true, ...(title === undefined ? {} : { title }), document };
}
