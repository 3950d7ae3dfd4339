/**
 * Text that Postgres can store. A NUL character (U+0000) is refused by `text` and `jsonb` columns,
 * and a lone UTF-16 surrogate (half of an emoji) is not valid UTF-8 at all, so either one reaching
 * the database throws (SQLSTATE 22P05 / 22021) and the request would end in a 500. Every text
 * field a user can send is checked here first and refused with a message instead.
 */
import { z } from "zod";

export const UNSTORABLE_TEXT_MESSAGE =
  "This text contains a character that cannot be saved (a NUL byte or a broken emoji). Remove it and try again.";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` has no NUL and no lone surrogate: what a `text` column accepts. */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

/** True when every string in a JSON-like value (keys included) is storable: what a `jsonb` column accepts. */
export function isStorableJson(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return isStorableText(value);
  if (value === null || typeof value !== "object") return true;
  // Deeper than any answer we accept: refuse rather than walk an attacker's nesting.
  if (depth > 20) return false;
  if (Array.isArray(value)) return value.every((item) => isStorableJson(item, depth + 1));
  return Object.entries(value).every(([key, item]) => isStorableText(key) && isStorableJson(item, depth + 1));
}

/**
 * The base of every user-typed text field: a string with no NUL and no lone surrogate. Chain the
 * field's own rules after it (`textSchema("Enter a class name.").trim().min(1, …).max(80, …)`).
 */
export function textSchema(requiredMessage?: string) {
  return z.string(requiredMessage ? { error: requiredMessage } : undefined).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}
