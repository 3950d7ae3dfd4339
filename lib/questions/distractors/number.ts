/**
 * Number distractors of the same unit and style: up to two other numbers the dataset gives in that
 * unit (of a similar magnitude), then the true value moved by a step that keeps its rounding
 * (141 → 131, 151; 3,000 → 2,000, 4,000; 100 → 50, 150; 7 → 6, 8; US$2.8 billion → US$2.6
 * billion; 70th → 60th, 80th: anniversaries move in fives and tens).
 */
import type { Answer } from "@/lib/events/schema";
import { normalizeText } from "../matching/normalize";
import { shuffle } from "../random";
import type { NumberStyle } from "../render/number";
import { concatTiers, type DistractorContext } from "./context";

type NumberAnswer = Extract<Answer, { kind: "number" }>;

/** The unit a value is shown in: dollars are shown in millions or billions. */
function displayScale(value: number, style: NumberStyle): number {
  if (style !== "usd") return 1;
  const abs = Math.abs(value);
  return abs >= 1e9 ? 1e9 : abs >= 1e6 ? 1e6 : 1;
}

/** The largest power of ten (down to 0.01) that divides `x`: 3000 → 1000, 141 → 1, 2.8 → 0.1. */
function granularity(x: number): number {
  const top = Math.floor(Math.log10(Math.abs(x) || 1));
  for (let k = top; k >= -2; k--) {
    const unit = 10 ** k;
    const q = x / unit;
    if (Math.abs(q - Math.round(q)) < 1e-9) return unit;
  }
  return 0.01;
}

/** The step a plausible wrong value moves by, in display units. */
export function numberStep(x: number, style: NumberStyle): number {
  if (style === "ordinal") return x % 10 === 0 ? 10 : x % 5 === 0 ? 5 : 1;
  // Small counts move by one: ASEAN has 10 members, not 20 or 30.
  if (style === "cardinal" && Number.isInteger(x) && Math.abs(x) < 20) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(Math.abs(x) || 1));
  const step = Math.max(granularity(x), magnitude / 10, style === "usd" ? 0.1 : 1);
  // A round 100 or 2,000 moves by halves of its magnitude (50, 150…), not by whole doublings.
  const leading = Math.round(Math.abs(x) / magnitude);
  return step === magnitude && leading <= 2 && magnitude >= 10 ? magnitude / 2 : step;
}

function nearbyValues(answer: NumberAnswer): number[] {
  const scale = displayScale(answer.value, answer.style);
  const x = answer.value / scale;
  const step = numberStep(x, answer.style);
  // Counts of plural things stay ≥ 2 ("1 countries" reads wrong); nothing goes to zero or below.
  const floor = answer.style === "cardinal" && x >= 2 ? 2 : step;
  return [-1, 1, -2, 2, -3, 3, 4, 5, -4, 6]
    .map((m) => Number((x + m * step).toFixed(6)))
    .filter((v) => v >= floor)
    .map((v) => Number((v * scale).toPrecision(12)));
}

/** Candidate number answers, best first. */
export function numberCandidates(ctx: DistractorContext, answer: NumberAnswer): Answer[] {
  const unit = normalizeText(answer.unit);
  const magnitude = Math.abs(answer.value) || 1;
  const fromDataset = shuffle(
    ctx.index.numbers.filter(
      (n) =>
        n.style === answer.style &&
        (answer.style === "usd" || normalizeText(n.unit) === unit) &&
        n.value > 0 &&
        n.value / magnitude <= 5 &&
        magnitude / n.value <= 5,
    ),
    ctx.rng,
  ).map((n) => n.value);
  const [first = [], rest = []] = [fromDataset.slice(0, 2), fromDataset.slice(2)];
  const nearby = nearbyValues(answer);
  const tiers = [first, [...shuffle(nearby.slice(0, 4), ctx.rng), ...nearby.slice(4)], rest];
  return concatTiers(tiers, String).map((value) => ({ kind: "number", value, unit: answer.unit, style: answer.style }));
}
