/**
 * CSV exports of the teacher dashboard, written for spreadsheet programs (Excel above all):
 *
 * - RFC 4180 quoting by csv-stringify: a cell is quoted when it holds a comma, a quote (doubled
 *   inside) or a line break. We force quoting on lone "\n"/"\r" too: csv-stringify only quotes
 *   the record delimiter itself ("\r\n"), and a bare "\n" in an unquoted cell splits the row.
 * - CRLF line ends, as RFC 4180 specifies and Excel writes.
 * - A UTF-8 byte-order mark first: without it Excel on Windows reads the file as the local ANSI
 *   code page and mangles names like "Shinzō" or "Nguyễn". Other tools (LibreOffice, Numbers,
 *   pandas with encoding="utf-8-sig") accept the BOM.
 * - CSV injection defence (OWASP "CSV Injection"): a text cell starting with =, +, -, @, tab or
 *   carriage return is prefixed with a single quote, so a student named "=HYPERLINK(…)" is shown
 *   as text instead of run as a formula. Number cells are written as numbers and never prefixed:
 *   a number cannot carry a formula, and "'-0.25" would turn a negative score into text.
 *
 * Pure: formatting only; the rows come from db/queries/dashboard.
 */
import { stringify } from "csv-stringify/sync";
import { toIsoWithOffset } from "@/lib/time/zoned";

export type CsvCell = string | number | null;

/** First characters that make a spreadsheet treat a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet (see the file comment). */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: CsvCell): string | number {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return neutraliseFormula(value);
}

/** A whole CSV document: BOM, header row, data rows, each line ended by CRLF. Null cells are empty. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringify([header.map(cell), ...rows.map((row) => row.map(cell))], {
    bom: true,
    record_delimiter: "\r\n",
    quoted_match: /[\r\n]/,
  });
}

/** 0–1 share → percentage rounded to one decimal (0.6667 → 66.7); null stays empty. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

function round(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function iso(date: Date | null, offsetMinutes: number): string | null {
  return date === null ? null : toIsoWithOffset(date, offsetMinutes);
}

function yesNo(flag: boolean): string {
  return flag ? "yes" : "no";
}

/** The fields of a dashboard student row the CSV needs (db/queries/dashboard's StudentRow fits). */
export interface StudentCsvRow {
  name: string;
  email: string;
  reviews: number;
  answeredQuestions: number;
  completion: number;
  accuracy: number | null;
  lastActiveAt: Date | null;
  predictedRecall: number;
  quizScore: { correct: number; total: number } | null;
  flags: { notStarted: boolean; behind: boolean; atRisk: boolean };
}

export const STUDENT_CSV_HEADER = [
  "Name",
  "Email",
  "Reviews",
  "Questions answered",
  "Completion (%)",
  "Accuracy (%)",
  "Last active (ISO 8601)",
  "Predicted recall (%)",
  "Quiz correct",
  "Quiz total",
  "Not started",
  "Behind",
  "At risk",
];

/**
 * One line per student; percentages as numbers with one decimal, times as ISO 8601 with the
 * viewer's UTC offset (`offsetMinutes` east of UTC; 0 gives "+00:00").
 */
export function studentsCsv(rows: readonly StudentCsvRow[], offsetMinutes = 0): string {
  return toCsv(
    STUDENT_CSV_HEADER,
    rows.map((r) => [
      r.name,
      r.email,
      r.reviews,
      r.answeredQuestions,
      percent(r.completion),
      percent(r.accuracy),
      iso(r.lastActiveAt, offsetMinutes),
      percent(r.predictedRecall),
      r.quizScore?.correct ?? null,
      r.quizScore?.total ?? null,
      yesNo(r.flags.notStarted),
      yesNo(r.flags.behind),
      yesNo(r.flags.atRisk),
    ]),
  );
}

/** The fields of a dashboard item row the CSV needs (db/queries/dashboard's ItemRow fits). */
export interface ItemCsvRow {
  questionId: string;
  position: number;
  type: string;
  prompt: string;
  studentsAnswered: number;
  facility: number | null;
  discrimination: number | null;
  mostChosenWrong: { answer: string; count: number } | null;
  medianResponseMs: number | null;
}

export const ITEM_CSV_HEADER = [
  "Position",
  "Question ID",
  "Type",
  "Prompt",
  "Students answered",
  "Facility (%)",
  "Discrimination",
  "Most chosen wrong answer",
  "Students choosing it",
  "Median response (s)",
];

/**
 * One line per question. Facility as a percentage (one decimal); discrimination as the usual
 * index from −1 to 1 (two decimals), since it is a difference of shares, not a share.
 */
export function itemsCsv(rows: readonly ItemCsvRow[]): string {
  return toCsv(
    ITEM_CSV_HEADER,
    rows.map((r) => [
      // Numbered from 1, as the dashboard shows them.
      r.position + 1,
      r.questionId,
      r.type,
      r.prompt,
      r.studentsAnswered,
      percent(r.facility),
      round(r.discrimination, 2),
      r.mostChosenWrong?.answer ?? null,
      r.mostChosenWrong?.count ?? null,
      round(r.medianResponseMs === null ? null : r.medianResponseMs / 1000, 1),
    ]),
  );
}
