/**
 * What the extractor (./article.ts) hands the page: candidate events with highlight offsets, and
 * the helper that cuts a sentence into highlighted pieces. Kept apart from the extractor so the
 * browser bundle does not carry chrono-node and compromise.
 */
import type { DatePrecision } from "@/lib/domain";

export type HighlightKind = "date" | "person" | "place" | "organisation" | "number";

export interface Highlight {
  kind: HighlightKind;
  /** Offsets in `sentence`. */
  start: number;
  end: number;
}

export interface CandidateNumber {
  text: string;
  value: number;
  unit: string;
}

export interface CandidateEvent {
  /** "c1", "c2"… in article order. */
  id: string;
  sentence: string;
  /** Offset of the sentence in the article's text. */
  offset: number;
  date: { iso: string; precision: DatePrecision };
  /** The words the date came from ("on Sunday"). */
  dateText: string;
  /** How the date was worked out, for the event's date note. */
  dateNote: string;
  people: string[];
  places: string[];
  organisations: string[];
  numbers: CandidateNumber[];
  highlights: Highlight[];
}

/** A sentence cut into plain and highlighted pieces, for rendering. */
export function highlightPieces(sentence: string, highlights: readonly Highlight[]): { text: string; kind?: HighlightKind }[] {
  const pieces: { text: string; kind?: HighlightKind }[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) pieces.push({ text: sentence.slice(at, h.start) });
    pieces.push({ text: sentence.slice(h.start, h.end), kind: h.kind });
    at = h.end;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at) });
  return pieces;
}
