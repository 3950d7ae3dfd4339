/**
 * Text normalisation for lenient matching: what a student types and what we accept are compared
 * after the same folding, so case, accents, punctuation, spacing and a leading article never
 * decide whether an answer is right.
 */

const LEADING_ARTICLE = /^(?:the|a|an)\s+/;

/**
 * The same names and phrases are folded thousands of times per bank; a bounded memo of this pure
 * function saves most of the work and cannot change a result.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/**
 * Fold a string for comparison: Unicode NFD with accents removed, lower case, "&" → "and",
 * apostrophes dropped, every other non-letter/non-digit turned into a space, spaces collapsed and
 * a leading "the", "a" or "an" removed. "The Shinzō Abe's" → "shinzo abes".
 */
export function normalizeText(input: string): string {
  const cached = memo.get(input);
  if (cached !== undefined) return cached;
  const folded = input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const result = folded.replace(LEADING_ARTICLE, "");
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(input, result);
  return result;
}

/**
 * A test for whole phrases in `text` (normalised once, for many phrases); a possessive in the
 * text still counts ("Japan's" contains "Japan").
 */
export function phraseFinder(text: string): (phrase: string) => boolean {
  const haystack = ` ${normalizeText(text.replace(/['’]s\b/g, ""))} `;
  return (phrase) => {
    const needle = normalizeText(phrase);
    return needle !== "" && haystack.includes(` ${needle} `);
  };
}

/** Whether `text` contains `phrase` as whole words, after normalisation of both (see `phraseFinder`). */
export function containsPhrase(text: string, phrase: string): boolean {
  return phraseFinder(text)(phrase);
}
