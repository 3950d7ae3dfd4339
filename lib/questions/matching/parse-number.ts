/**
 * Read the one number in a typed response: "141", "141 countries", "70th", "seventieth",
 * "US$2.8 billion", "$2.8bn", "2,800 million". A response with two numbers is ambiguous and reads
 * as none, so listing several guesses never passes.
 */
import { parseNumberWords } from "./number-words";

/** A number read from a response. */
export interface ParsedNumber {
  value: number;
  /** Written as an ordinal ("70th", "seventieth"). */
  ordinal: boolean;
  /** Carried its own multiplier ("billion", "bn", "k"). */
  scaled: boolean;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

const NUMERAL =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:(st|nd|rd|th)|(k|thousand|mn|mln|million|m|bn|billion|b|tn|trillion))?(?![a-z\d])/g;

const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|first|second|third|fifth|eighth|ninth|twelfth|\w+th|\w+ieth)$/;

function stripCurrency(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\bus\s*\$|\busd\b|\$|\bus dollars?\b|\bdollars?\b/g, " ");
}

/** The single number a response states, or null (none, several, or unreadable). */
export function parseNumberResponse(text: string): ParsedNumber | null {
  const cleaned = stripCurrency(text);
  const numerals = [...cleaned.matchAll(NUMERAL)];
  if (numerals.length > 1) return null;
  const numeral = numerals[0];
  if (numeral) {
    const whole = (numeral[1] ?? "").replace(/,/g, "");
    const value = Number(numeral[2] ? `${whole}.${numeral[2]}` : whole);
    const multiplier = numeral[4] ? (MULTIPLIERS[numeral[4]] ?? 1) : 1;
    return { value: value * multiplier, ordinal: numeral[3] !== undefined, scaled: multiplier !== 1 };
  }
  // No digits: look for exactly one run of number words ("seven documents", "the seventieth").
  const tokens = cleaned
    .replace(/[^a-z\s-]/g, " ")
    .split(/[\s]+/)
    .filter(Boolean);
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of tokens) {
    const parts = token.split("-").filter(Boolean);
    const isNumberWord = parts.length > 0 && parts.every((p) => NUMBER_WORD.test(p) && parseNumberWords(p));
    if (isNumberWord || (token === "and" && run.length > 0)) {
      run.push(token);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  const meaningful = runs.map((r) => (r[r.length - 1] === "and" ? r.slice(0, -1) : r)).filter((r) => r.length > 0);
  if (meaningful.length !== 1) return null;
  const words = parseNumberWords((meaningful[0] ?? []).join(" "));
  if (!words) return null;
  const scaled = /\b(?:thousand|million|billion)\b/.test((meaningful[0] ?? []).join(" "));
  return { value: words.value, ordinal: words.ordinal, scaled };
}

/** Equal numbers, tolerating floating-point noise from "2.8 × 1e9". */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
