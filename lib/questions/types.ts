/**
 * The question bank's shape. Questions are plain data (no classes, no functions, no Dates): they
 * are stored as JSON in Postgres, sent to the browser and rendered by the UI, which grades with
 * `gradeAnswer` for immediate feedback while the server re-checks with the same function.
 */
import type { DatePrecision, QuestionType } from "@/lib/domain";
import type { Importance } from "@/lib/events/schema";

export type { Importance } from "@/lib/events/schema";

/** 1 (easiest) to 5; see lib/questions/difficulty.ts for the heuristic. */
export type Difficulty = 1 | 2 | 3 | 4 | 5;

/** The article a question's facts come from (never its text: title, publisher and date only). */
export interface SourceCitation {
  id: string;
  title: string;
  publisher: string;
  /** ISO day of publication. */
  publishedOn: string;
}

/** How the two events of a connection question connect (see the dataset's event links). */
export interface QuestionLink {
  /** The event the link is written on. */
  from: string;
  to: string;
  kind: "led-to" | "followed-up" | "anniversary-of";
}

/** Fields every question has, whatever its type. */
export interface QuestionBase {
  /**
   * Stable: "q-" + a short hash of `${type}:${eventSlug}/${factId}:${variant}` (ordering and
   * matching: of their sorted member ids), so progress survives a regeneration and the addition
   * of other events.
   */
  id: string;
  type: QuestionType;
  prompt: string;
  /** The correct answer, readable: ordering "A → B → C", matching "X: Y; Z: W". */
  answer: string;
  /** Why the answer is right, in our words. */
  explanation: string;
  sources: SourceCitation[];
  /** Slugs of the events the question is about. */
  eventIds: string[];
  /** Union of the events' topics. */
  tags: string[];
  difficulty: Difficulty;
  /** How much it matters to a teacher (core, supporting, detail): new cards and auto-built sets take core first. */
  importance: Importance;
  /** Set on connection questions (made from a link between two events, not from one fact). */
  link?: QuestionLink;
  /**
   * The knowledge item the question asks (lib/questions/items.ts): every face of one fact shares
   * it, and with it one memory state. Set by the bank builder; `itemIdOf` derives it when absent.
   */
  itemId?: string;
  /**
   * Items whose answer this question's prompt, statement or choices show (computed from the facts
   * by the bank builder): a session holds this question back until those items are answered.
   */
  reveals?: string[];
}

/** How a typed answer is checked: text (names, phrases), a date at a precision, or a number. */
export type AcceptedAnswer =
  | {
      kind: "text";
      /** Canonical form first, then aliases. */
      forms: string[];
      /** Known wrong answers close to the right one ("Hun Manet" for "Hun Sen"): typo tolerance never reaches them. */
      nearMisses: string[];
    }
  | {
      kind: "date";
      /** "2022-02-24", "2022-02" or "2022": what a response must agree with, down to `precision`. */
      iso: string;
      precision: DatePrecision;
      /** Readable form(s), canonical first: "24 February 2022". */
      forms: string[];
    }
  | {
      kind: "number";
      value: number;
      unit: string;
      style: "cardinal" | "ordinal" | "usd";
      /** Readable form(s), canonical first: "141 countries", "70th", "US$2.8 billion". */
      forms: string[];
    };

/** The kind of a fact's answer, as the schema defines it. */
export type AnswerKind = "entity" | "date" | "number" | "text";

/**
 * Questions made from one fact record which fact (its id within the event in `eventIds[0]`).
 * Connection questions (multiple choice and typed made from an event link, see `link`) have none.
 */
export interface FactFields {
  factId?: string;
}

/** The fact's question with four choices. */
export interface MultipleChoiceQuestion extends QuestionBase, FactFields {
  type: "multiple_choice";
  /** Four choices: the answer and three distractors, in display order. */
  choices: string[];
  /** Index of the answer in `choices`. */
  answerIndex: number;
}

/** The fact's statement, with its answer (true) or a distractor (false). */
export interface TrueFalseQuestion extends QuestionBase, FactFields {
  type: "true_false";
  /** The statement to judge (also the prompt: the type label on the card says "True or false"). */
  statement: string;
  /** Whether `statement` is true. */
  truth: boolean;
}

/** Cloze and typed questions share lenient grading against accepted answers. */
export interface FreeTextFields {
  answerKind: AnswerKind;
  /** The fact's answer first, then its other correct answers (`alsoCorrect`). */
  accepted: AcceptedAnswer[];
}

/** The fact's statement with the answer blanked. */
export interface ClozeQuestion extends QuestionBase, FactFields, FreeTextFields {
  type: "cloze";
  /** The statement with the answer blanked as "____" (same as the prompt). */
  text: string;
}

/** The fact's question, answered in free text. */
export interface TypedQuestion extends QuestionBase, FactFields, FreeTextFields {
  type: "typed";
}

/** Something shown in a list: a stable id and the text the student sees. */
export interface LabelledItem {
  id: string;
  label: string;
}

/** Put 3–5 events in chronological order. */
export interface OrderingQuestion extends QuestionBase {
  type: "ordering";
  /** Items in display (shuffled) order; ids are event slugs, labels event titles. */
  items: LabelledItem[];
  /** Item ids, earliest first. */
  correctOrder: string[];
  /** The date of each item, readable, by item id (for feedback). */
  dates: Record<string, string>;
}

/** What a matching question pairs: people ↔ roles, events ↔ years, places ↔ events. */
export type MatchingKind = "person-role" | "event-year" | "place-event";

/** One left item id paired with one right item id. */
export interface MatchingPair {
  left: string;
  right: string;
}

/** Match 3–5 left items one-to-one with right items. */
export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  matchKind: MatchingKind;
  /** Left column, in display order. */
  left: LabelledItem[];
  /** Right column, shuffled. */
  right: LabelledItem[];
  /** The correct pairs (ids), one per left item, in left order. */
  pairs: MatchingPair[];
}

/** Any question; discriminated on `type`. */
export type Question = MultipleChoiceQuestion | TrueFalseQuestion | ClozeQuestion | TypedQuestion | OrderingQuestion | MatchingQuestion;

/** What a student's response looks like, per question type. */
export interface ResponseByType {
  /** The chosen index in `choices`, or the chosen choice's text. */
  multiple_choice: number | string;
  true_false: boolean;
  cloze: string;
  typed: string;
  /** Item ids, earliest first. */
  ordering: string[];
  /** One pair per left item (left id → right id). */
  matching: MatchingPair[];
}

/** A response to some question (see `ResponseByType`). */
export type QuestionResponse = ResponseByType[QuestionType];

/** The verdict on one response. */
export interface GradeResult {
  correct: boolean;
  /** The correct answer, readable. */
  expected: string;
  /** For text responses accepted leniently: the accepted form the response was taken as. */
  accepted?: string;
}

/** A question the generator chose not to emit, and why (for the dataset's authors). */
export interface SkippedQuestion {
  type: QuestionType;
  eventSlug: string;
  factId?: string;
  reason: string;
}

/** Options for `generateQuestionBank`. */
export interface GenerateOptions {
  /** Seed for every random choice (distractor picks and display orders). Default 1. */
  seed?: number;
}
