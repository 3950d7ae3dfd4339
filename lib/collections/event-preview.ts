/**
 * How an event being edited will read on the timeline, from the edit form's values as typed: the
 * live preview beside the teacher's form. It applies the rules the save applies (the date checked
 * as checkDate checks it, names resolved as resolveEntityIds resolves them), so the preview never
 * shows an entry the save would refuse without saying why.
 */
import type { DatePrecision } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import type { FuzzyDate } from "@/lib/events/schema";
import { checkDate } from "./facts";
import { findEntityId, type EntityNames } from "./references";

/** The edit form's fields the timeline shows (names typed "a; b", as the form takes them). */
export interface EventPreviewInput {
  title: string;
  summary: string;
  kind: string;
  dateIso: string;
  precision: string;
  actors: string;
  places: string;
}

export interface EventPreview {
  title: string;
  summary: string;
  /** The timeline marks a standing fact "background". */
  background: boolean;
  /** Null while the date typed is not one the save would take; `dateProblem` says why. */
  date: FuzzyDate | null;
  dateProblem: string | null;
  /** The collection's names for the entries typed, as the timeline will show them. */
  actors: string[];
  places: string[];
  /** Names typed that no entry of the collection has: the save refuses them. */
  unknown: string[];
}

const PRECISIONS: readonly string[] = ["day", "month", "year"];

/** "a; b ;; c" → ["a", "b", "c"]: the form's names field, read as its schema reads it. */
function typedNames(text: string): string[] {
  return text
    .split(";")
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

/** The timeline entry for `input`, names resolved against `document`'s entities. */
export function previewEvent(document: { entities: readonly EntityNames[] }, input: EventPreviewInput): EventPreview {
  const nameOf = new Map(document.entities.map((e) => [e.id, e.name]));
  const unknown: string[] = [];
  const resolve = (text: string) => {
    const names: string[] = [];
    for (const typed of typedNames(text)) {
      const id = findEntityId(document, typed);
      const name = id === undefined ? undefined : nameOf.get(id);
      if (name === undefined) unknown.push(typed);
      else if (!names.includes(name)) names.push(name);
    }
    return names;
  };
  const actors = resolve(input.actors);
  const places = resolve(input.places);

  const iso = input.dateIso.trim();
  let date: FuzzyDate | null = null;
  let dateProblem: string | null = null;
  if (iso === "") dateProblem = "Enter the date.";
  else if (!PRECISIONS.includes(input.precision)) dateProblem = "Choose how precisely the date is known.";
  else {
    const precision = input.precision as DatePrecision;
    try {
      checkDate(iso, precision, "dateIso");
      date = { iso, precision };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      dateProblem = error.message;
    }
  }

  return {
    title: input.title.trim(),
    summary: input.summary.trim(),
    background: input.kind === "background",
    date,
    dateProblem,
    actors,
    places,
    unknown,
  };
}
