/**
 * Filling a fact's statement: "{answer}" replaced by the true answer (true/false, true variant),
 * by a distractor (false variant) or by a blank (cloze).
 */
import type { Answer } from "@/lib/events/schema";
import type { DatasetIndex } from "../dataset-index";
import { normalizeText } from "../matching/normalize";
import { takesAn } from "./article";
import { renderAnswer } from "./answer";
import { renderProseNumber } from "./number";

/** Where the answer goes in a fact statement. */
export const PLACEHOLDER = "{answer}";
/** What a cloze shows in place of the answer. */
export const BLANK = "____";

function startsSentence(before: string): boolean {
  return before.trim() === "" || /[.!?]\s*$/.test(before);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Put `value` in place of the placeholder, capitalising it when it opens the sentence, making an
 * "a"/"an" just before it agree with it, and not doubling a "the" the value brings itself ("the
 * {answer}" with "the United States").
 */
export function fillPlaceholder(statement: string, value: string): string {
  const at = statement.indexOf(PLACEHOLDER);
  if (at < 0) return statement;
  let before = statement.slice(0, at);
  const after = statement.slice(at + PLACEHOLDER.length);
  let filled = value;
  if (/\bthe\s+$/i.test(before) && /^the\s+/i.test(filled)) filled = filled.replace(/^the\s+/i, "");
  const article = /\b(an?)\s+$/i.exec(before);
  if (article) {
    const want = takesAn(filled) ? "an" : "a";
    const have = article[1] ?? "";
    if (have.toLowerCase() !== want) before = `${before.slice(0, article.index)}${have.charAt(0) === "A" ? capitalise(want) : want} `;
  }
  return `${before}${startsSentence(before) ? capitalise(filled) : filled}${after}`;
}

/**
 * How a value reads inside this statement. Numbers drop their unit word when the statement
 * already says it right after the placeholder ("{answer} countries voted…" → "141 countries", not
 * "141 countries countries").
 */
export function renderInStatement(statement: string, value: Answer, index: DatasetIndex): string {
  if (value.kind === "number" && value.style !== "usd" && value.unit.trim() !== "") {
    const after = normalizeText(statement.slice(statement.indexOf(PLACEHOLDER) + PLACEHOLDER.length));
    const unit = normalizeText(value.unit);
    if (after === unit || after.startsWith(`${unit} `)) return renderProseNumber(value.value, value.style);
  }
  return renderAnswer(value, index);
}

/** The statement with `value` in place of "{answer}". */
export function fillStatement(statement: string, value: Answer, index: DatasetIndex): string {
  return fillPlaceholder(statement, renderInStatement(statement, value, index));
}

/** The statement with the answer blanked ("____"). */
export function blankStatement(statement: string): string {
  return statement.replace(PLACEHOLDER, BLANK);
}
