/**
 * The events CSV: one row per fact, for spreadsheet users. Each row repeats its event's columns
 * (they must agree between the rows of one event); sources and entities are referenced by id and
 * come from the collection (import its JSON first, or edit them in the forms). Lists are written
 * "a; b; c"; the rarely used structured fields (numbers, links, a fact's alsoCorrect,
 * notDistractors and suppress) are JSON cells. Format documented in docs/collections/README.md.
 *
 * Pure: text in, rows out; validation of the resulting events is lib/collections/validate.ts.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { Answer, EventRecord, Fact } from "@/lib/events/schema";

export const EVENT_CSV_COLUMNS = [
  "event_slug",
  "date",
  "date_precision",
  "date_basis",
  "date_note",
  "event_name",
  "kind",
  "title",
  "summary",
  "actors",
  "places",
  "discussed",
  "tags",
  "sources",
  "numbers_json",
  "links_json",
  "fact_id",
  "ask",
  "question",
  "statement",
  "answer_kind",
  "answer",
  "answer_precision",
  "answer_unit",
  "answer_style",
  "answer_aliases",
  "answer_distractors",
  "importance",
  "explanation",
  "fact_extra_json",
] as const;
type Column = (typeof EVENT_CSV_COLUMNS)[number];
type Row = Record<Column, string>;

/** Columns every event row of one event must repeat identically. */
const EVENT_COLUMNS = EVENT_CSV_COLUMNS.slice(0, EVENT_CSV_COLUMNS.indexOf("fact_id"));

const list = (values: readonly string[] | undefined) => (values ?? []).join("; ");
const unlist = (cell: string) =>
  cell
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
const json = (value: unknown, empty: boolean) => (empty ? "" : JSON.stringify(value));

function answerCells(
  answer: Answer,
): Pick<Row, "answer_kind" | "answer" | "answer_precision" | "answer_unit" | "answer_style" | "answer_aliases" | "answer_distractors"> {
  const blank = { answer_precision: "", answer_unit: "", answer_style: "", answer_aliases: "", answer_distractors: "" };
  switch (answer.kind) {
    case "entity":
      return { ...blank, answer_kind: "entity", answer: answer.entity };
    case "date":
      return { ...blank, answer_kind: "date", answer: answer.date.iso, answer_precision: answer.date.precision };
    case "number":
      return { ...blank, answer_kind: "number", answer: String(answer.value), answer_unit: answer.unit, answer_style: answer.style };
    case "text":
      return {
        ...blank,
        answer_kind: "text",
        answer: answer.text,
        answer_aliases: list(answer.aliases),
        answer_distractors: list(answer.distractors),
      };
  }
}

/** The CSV of a collection's events (CRLF, header first), one row per fact. */
export function eventsToCsv(events: readonly EventRecord[]): string {
  const rows: Row[] = events.flatMap((e) =>
    e.facts.map((f): Row => {
      const extra = { alsoCorrect: f.alsoCorrect, notDistractors: f.notDistractors, ...(f.suppress ? { suppress: f.suppress } : {}) };
      return {
        event_slug: e.slug,
        date: e.date.iso,
        date_precision: e.date.precision,
        date_basis: e.date.basis,
        date_note: e.date.note ?? "",
        event_name: e.name ?? "",
        kind: e.kind,
        title: e.title,
        summary: e.summary,
        actors: list(e.actors),
        places: list(e.places),
        discussed: list(e.discussed),
        tags: list(e.tags),
        sources: list(e.sources),
        numbers_json: json(e.numbers, e.numbers.length === 0),
        links_json: json(e.links, e.links.length === 0),
        fact_id: f.id,
        ask: f.ask,
        question: f.question,
        statement: f.statement,
        ...answerCells(f.answer),
        importance: f.importance ?? "",
        explanation: f.explanation ?? "",
        fact_extra_json: json(extra, f.alsoCorrect.length === 0 && f.notDistractors.length === 0 && !f.suppress),
      };
    }),
  );
  return stringify(rows, { header: true, columns: [...EVENT_CSV_COLUMNS], record_delimiter: "\r\n" });
}

export type CsvEventsResult =
  { ok: true; events: unknown[]; rowOf: (eventIndex: number, factIndex?: number) => string } | { ok: false; problems: string[] };

function parseJsonCell(cell: string, where: string, problems: string[]): unknown {
  if (cell.trim() === "") return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    problems.push(`${where}: not valid JSON`);
    return undefined;
  }
}

function answerFromRow(row: Row, where: string, problems: string[]): unknown {
  switch (row.answer_kind) {
    case "entity":
      return { kind: "entity", entity: row.answer };
    case "date":
      return {
        kind: "date",
        date: {
          iso: row.answer,
          precision: row.answer_precision || ({ 4: "year", 7: "month" } as Record<number, string>)[row.answer.length] || "day",
        },
      };
    case "number": {
      const value = Number(row.answer);
      if (row.answer.trim() === "" || !Number.isFinite(value)) problems.push(`${where} answer: "${row.answer}" is not a number`);
      return { kind: "number", value, unit: row.answer_unit, ...(row.answer_style ? { style: row.answer_style } : {}) };
    }
    case "text":
      return { kind: "text", text: row.answer, aliases: unlist(row.answer_aliases), distractors: unlist(row.answer_distractors) };
    default:
      problems.push(`${where} answer_kind: "${row.answer_kind}" is not one of entity, date, number, text`);
      return undefined;
  }
}

/**
 * Parse an events CSV into event inputs (validated afterwards with the rest of the collection).
 * Problems found here (unknown or missing columns, an event's columns differing between its
 * rows, bad JSON cells) are listed with their row numbers (the header is row 1).
 */
export function parseEventsCsv(text: string): CsvEventsResult {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { bom: true, relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`(file): not a readable CSV file (${message})`] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: ["(file): empty"] };
  const problems: string[] = [];
  const known = new Set<string>(EVENT_CSV_COLUMNS);
  header.forEach((name, i) => {
    if (!known.has(name)) problems.push(`row 1, column ${i + 1}: unknown column "${name}"`);
  });
  for (const required of [
    "event_slug",
    "date",
    "kind",
    "title",
    "summary",
    "tags",
    "sources",
    "fact_id",
    "ask",
    "question",
    "statement",
    "answer_kind",
    "answer",
  ]) {
    if (!header.includes(required)) problems.push(`row 1: missing column "${required}"`);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (body.length === 0) return { ok: false, problems: ["(file): no rows after the header"] };

  const events: Record<string, unknown>[] = [];
  const firstRow = new Map<string, { index: number; row: Row; line: number }>();
  const rowsOf: number[][] = [];
  body.forEach((cells, r) => {
    const line = r + 2;
    const row = Object.fromEntries(EVENT_CSV_COLUMNS.map((c) => [c, cells[header.indexOf(c)] ?? ""])) as Row;
    const where = `row ${line}`;
    let entry = firstRow.get(row.event_slug);
    if (!entry) {
      const numbers = parseJsonCell(row.numbers_json, `${where} numbers_json`, problems);
      const links = parseJsonCell(row.links_json, `${where} links_json`, problems);
      const event: Record<string, unknown> = {
        slug: row.event_slug,
        date: {
          iso: row.date,
          precision: row.date_precision || ({ 4: "year", 7: "month" } as Record<number, string>)[row.date.length] || "day",
          ...(row.date_basis ? { basis: row.date_basis } : {}),
          ...(row.date_note ? { note: row.date_note } : {}),
        },
        ...(row.event_name ? { name: row.event_name } : {}),
        kind: row.kind,
        title: row.title,
        summary: row.summary,
        actors: unlist(row.actors),
        places: unlist(row.places),
        discussed: unlist(row.discussed),
        numbers: numbers ?? [],
        tags: unlist(row.tags),
        sources: unlist(row.sources),
        facts: [] as unknown[],
        links: links ?? [],
      };
      entry = { index: events.length, row, line };
      firstRow.set(row.event_slug, entry);
      events.push(event);
      rowsOf.push([]);
    } else {
      for (const column of EVENT_COLUMNS) {
        if (row[column] !== entry.row[column]) {
          problems.push(`${where} ${column}: differs from row ${entry.line} of the same event "${row.event_slug}"`);
        }
      }
    }
    const extra = parseJsonCell(row.fact_extra_json, `${where} fact_extra_json`, problems);
    const fact: Record<string, unknown> = {
      id: row.fact_id,
      ask: row.ask,
      question: row.question,
      statement: row.statement,
      answer: answerFromRow(row, where, problems),
      ...(row.importance ? { importance: row.importance } : {}),
      ...(row.explanation ? { explanation: row.explanation } : {}),
      ...(extra && typeof extra === "object" ? (extra as Partial<Fact>) : {}),
    };
    (events[entry.index]?.facts as unknown[]).push(fact);
    rowsOf[entry.index]?.push(line);
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    events,
    rowOf: (eventIndex, factIndex) => {
      const lines = rowsOf[eventIndex] ?? [];
      if (factIndex !== undefined && lines[factIndex] !== undefined) return `row ${lines[factIndex]}`;
      return lines.length === 1 ? `row ${lines[0]}` : `rows ${lines[0]}–${lines[lines.length - 1]}`;
    },
  };
}
