/**
 * English number words, cardinal and ordinal: "seven" → 7, "one hundred and forty-one" → 141,
 * "seventieth" → 70. Enough for the counts and anniversaries the dataset asks about.
 */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ORDINAL: Record<string, string> = {
  first: "one",
  second: "two",
  third: "three",
  fifth: "five",
  eighth: "eight",
  ninth: "nine",
  twelfth: "twelve",
};

const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** Turn one ordinal word into its cardinal word: "seventieth" → "seventy", "fourth" → "four". */
function cardinalWord(word: string): string {
  const irregular = ORDINAL[word];
  if (irregular) return irregular;
  if (word.endsWith("ieth")) return `${word.slice(0, -4)}y`;
  if (word.endsWith("th")) {
    const stem = word.slice(0, -2);
    if (stem in SMALL || stem in SCALES) return stem;
  }
  return word;
}

/**
 * Parse a run of number words ("one hundred and forty-one", "seventieth"); null when the text
 * holds anything else. Hyphens and "and" are allowed between words.
 */
export function parseNumberWords(text: string): { value: number; ordinal: boolean } | null {
  const words = text
    .toLowerCase()
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "and");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let ordinal = false;
  let sawNumber = false;
  for (const raw of words) {
    const word = cardinalWord(raw);
    if (word !== raw) ordinal = true;
    const small = SMALL[word];
    const scale = SCALES[word];
    if (small !== undefined) {
      current += small;
    } else if (scale === 100) {
      current = (current || 1) * 100;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else {
      return null;
    }
    sawNumber = true;
  }
  return sawNumber ? { value: total + current, ordinal } : null;
}
