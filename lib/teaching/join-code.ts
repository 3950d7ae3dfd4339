/**
 * Class join codes: short enough to read out in a classroom, with no characters that look alike
 * (no 0/O, 1/I/L): 31 symbols, 6 characters ≈ 887 million codes. Pure: the caller passes the
 * random source (crypto.randomInt on the server, a seeded generator in tests).
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;
/** A code stops working after this long unless regenerated (a leaked code does not live forever). */
export const JOIN_CODE_LIFETIME_DAYS = 60;

export function generateJoinCode(randomInt: (maxExclusive: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * What a student typed, as a code: upper-cased, spaces and dashes dropped, and the look-alikes a
 * person may type for ours mapped back (O→0 is not in the alphabet, so "O" stays an error).
 */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/**
 * A code from a link, cut to at most `max` characters for display. It cuts by code points, not
 * UTF-16 units: half a surrogate pair would make `encodeURIComponent` throw on the page.
 */
export function joinCodeFromLink(input: string, max = 12): string {
  return Array.from(normalizeJoinCode(input)).slice(0, max).join("");
}

/** Characters a code never has because they look alike (0/O, 1/I/L): each gets its own message. */
export const AMBIGUOUS_JOIN_CODE_CHARACTERS = "0O1IL";

/** The first look-alike character in `code`, or null. */
export function findAmbiguousCharacter(code: string): string | null {
  return [...code].find((c) => AMBIGUOUS_JOIN_CODE_CHARACTERS.includes(c)) ?? null;
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
