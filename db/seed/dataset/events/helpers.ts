/**
 * Small constructors that keep the event files readable: answers of each kind and event dates.
 * They build plain schema input; nothing here is validated until `validateDataset` runs.
 */
import type { DateBasis, EventInput } from "@/lib/events/schema";

export type FactInput = EventInput["facts"][number];
export type AnswerInput = FactInput["answer"];
type EventDate = EventInput["date"];

/** An entity answer. */
export const entity = (id: string): AnswerInput => ({ kind: "entity", entity: id });

/** A date answer at day, month or year precision (precision read off the iso string). */
export function date(iso: string): AnswerInput {
  const parts = iso.split("-").length;
  return { kind: "date", date: { iso, precision: parts === 3 ? "day" : parts === 2 ? "month" : "year" } };
}

/** A count: `count(141, "countries")`. */
export const count = (value: number, unit: string): AnswerInput => ({ kind: "number", value, unit, style: "cardinal" });

/** An ordinal: `ordinal(70, "anniversary")` reads "70th anniversary". */
export const ordinal = (value: number, unit: string): AnswerInput => ({ kind: "number", value, unit, style: "ordinal" });

/** Money in US dollars (value in dollars). */
export const usd = (value: number): AnswerInput => ({ kind: "number", value, unit: "US dollars", style: "usd" });

/** A free-text answer with its accepted variants and at least three false alternatives. */
export const text = (value: string, aliases: string[], distractors: string[]): AnswerInput => ({
  kind: "text",
  text: value,
  aliases,
  distractors,
});

/** Free-text answers that are all true (for alsoCorrect), sharing one set of distractors. */
export const texts = (values: string[], distractors: string[]): AnswerInput[] => values.map((v) => text(v, [], distractors));

/**
 * An event date, precision read off the iso string, with how it was worked out and what it stands
 * for (`basis`: "event" unless it was derived, reported or only planned; see the schema).
 */
export function when(iso: string, note?: string, basis?: DateBasis): EventDate {
  const parts = iso.split("-").length;
  const precision = parts === 3 ? "day" : parts === 2 ? "month" : "year";
  return { iso, precision, ...(note === undefined ? {} : { note }), ...(basis === undefined ? {} : { basis }) };
}
