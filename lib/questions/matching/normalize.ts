/**
 * Text normalisation for lenient matching: what a student types and what we accept are compared
 * after the same folding, so case, accents, punctuation, spacing and a leading article never
 * decide whether an answer is right.
 */

const LEADING_ARTICLE = /^(?:the|a|an)\s+/;

/**
 * Fold a string for comparison: Unicode NFD with accents removed, lower case, "&" → "and",
 * apostrophes dropped, every other non-letter/non-digit turned into a space, spaces collapsed and
 * a leading "the", "a" or "an" removed. "The Shinzō Abe's" → "shinzo abes".
 */
export function normalizeText(input: string): string {
  const folded = input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return folded.replace(LEADING_ARTICLE, "");
}

/** `normalizeText` without any spaces, so "HunSen" and "Hun Sen" compare equal. */
export function compactText(input: string): string {
  return normalizeText(input).replace(/ /g, "");
}

/**
 * Whether `text` contains `phrase` as whole words, after normalisation of both; a possessive in
 * the text still counts ("Japan's" contains "Japan").
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalizeText(phrase);
  if (needle === "") return false;
  const haystack = normalizeText(text.replace(/['’]s\b/g, ""));
  return ` ${haystack} `.includes(` ${needle} `);
}
