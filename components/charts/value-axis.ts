/**
 * The value (y) axis of a bar chart: a top that is a round number at or above the largest value,
 * and evenly spaced ticks from 0 to it, so a reader can read a bar's height off a gridline.
 */
export interface ValueAxis {
  /** The value at the top of the plot; bars are drawn as a share of it. */
  top: number;
  /** Tick values from 0 to `top`, ascending. */
  ticks: number[];
}

/** At most this many intervals: more labels crowd a 160 px tall chart on a phone. */
const MAX_INTERVALS = 4;
/** Counts never get a scale under 0–4, so one review does not fill the whole chart. */
const MIN_COUNT_TOP = 4;

/** The smallest of 1, 2, 5 × 10^k that is at least `raw` (and at least 1: the values are counts). */
function niceStep(raw: number): number {
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/**
 * The axis for `values` in `unit`: a percentage always runs 0–100 (ticks every 25), so charts of
 * recall compare at a glance; a count runs from 0 to a round number at or above its largest value.
 */
export function valueAxis(values: readonly number[], unit: string): ValueAxis {
  const max = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  if (unit === "%" && max <= 100) return { top: 100, ticks: [0, 25, 50, 75, 100] };
  const step = niceStep(Math.max(max, MIN_COUNT_TOP) / MAX_INTERVALS);
  const top = Math.max(step, Math.ceil(max / step) * step, MIN_COUNT_TOP);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { top: ticks[ticks.length - 1] ?? top, ticks };
}

/** A tick's text: "25%" for percentages, the bare number for counts (the axis title names them). */
export function tickLabel(value: number, unit: string): string {
  return unit === "%" ? `${value}%` : value.toLocaleString("en");
}
