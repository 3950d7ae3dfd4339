/**
 * Readable numbers by style: "141" and "3,000" (cardinal), "70th" (ordinal), "US$2.8 billion"
 * (usd, value in dollars). Choices and filled statements add the unit word for cardinals and
 * ordinals ("141 countries"); money carries its own.
 */

export type NumberStyle = "cardinal" | "ordinal" | "usd";

/** "3000" → "3,000"; decimals kept, trailing zeros trimmed to at most two places. */
export function formatPlain(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded)
    .toFixed(2)
    .replace(/\.?0+$/, "")
    .split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 70th. */
export function ordinalSuffix(n: number): string {
  const abs = Math.abs(Math.trunc(n));
  const lastTwo = abs % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[abs % 10] ?? "th";
}

/** Money in US dollars, scaled to millions or billions: "US$2.8 billion", "US$450 million". */
export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `US$${formatPlain(value / 1e9)} billion`;
  if (abs >= 1e6) return `US$${formatPlain(value / 1e6)} million`;
  return `US$${formatPlain(value)}`;
}

/** The number alone, in its style: "141", "70th", "US$2.8 billion". */
export function renderNumber(value: number, style: NumberStyle): string {
  if (style === "usd") return formatUsd(value);
  if (style === "ordinal") return `${formatPlain(value)}${ordinalSuffix(value)}`;
  return formatPlain(value);
}

/** The number with its unit word for choices and statements: "141 countries", "70th anniversary". */
export function renderQuantity(value: number, unit: string, style: NumberStyle): string {
  const bare = renderNumber(value, style);
  const word = unit.trim();
  if (style === "usd" || word === "" || /^(?:us\$|usd|\$|dollars?|us dollars?)$/i.test(word)) return bare;
  return `${bare} ${word}`;
}

const SMALL_CARDINALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const SMALL_ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

/**
 * The number as a careful writer puts it in a sentence or a choice: whole numbers below ten in
 * words ("two ships", "second meeting"), everything else as `renderNumber` ("141", "70th").
 */
export function renderProseNumber(value: number, style: NumberStyle): string {
  if (style !== "usd" && Number.isInteger(value) && value >= 0 && value <= 9) {
    return (style === "ordinal" ? SMALL_ORDINALS : SMALL_CARDINALS)[value] ?? renderNumber(value, style);
  }
  return renderNumber(value, style);
}

/** `renderQuantity` in prose: "two ships", "second meeting", "141 countries". */
export function renderProseQuantity(value: number, unit: string, style: NumberStyle): string {
  const digits = renderQuantity(value, unit, style);
  return digits.replace(renderNumber(value, style), renderProseNumber(value, style));
}
