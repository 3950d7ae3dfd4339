/**
 * Connection questions: how two events connect, made from the dataset's explicit event links.
 * - cause (multiple choice, "led-to" and "followed-up"): which earlier event led to, or was
 *   followed up by, this one? The wrong options are other named events dated strictly before it
 *   and linked to it in no way, so each is a real earlier event that did not lead to it;
 * - interval (typed, "led-to" and "followed-up", both dates facts about time): how long passed
 *   between them, in days when both are known to the day (exact), otherwise about how many months
 *   (three or more) or years, counted at the precision the dates are known to;
 * - anniversary origin (typed, "anniversary-of"): year Y marked the Nth anniversary of an event —
 *   in what year did it happen?
 * - anniversary count (multiple choice, "anniversary-of"): an event dates from year X — which
 *   anniversary fell in year Y?
 * Every explanation names both events with their dates and cites both events' sources. Ids are
 * hashes of the link and the form, so they survive any other change to the dataset.
 */
import type { Answer, EventLink, EventRecord, Fact } from "@/lib/events/schema";
import { acceptedAnswersFor } from "../accepted";
import { citationsFor, tagsFor, type DatasetIndex } from "../dataset-index";
import { pickDistractors } from "../distractors";
import { dateInterval, dateParts, strictlyBefore } from "../fuzzy-date";
import { questionIdFromKey } from "../ids";
import { rngFor, shuffle } from "../random";
import { renderAnswer } from "../render/answer";
import { renderDate } from "../render/date";
import { renderProseNumber } from "../render/number";
import type { QuestionType } from "@/lib/domain";
import type { Difficulty, MultipleChoiceQuestion, Question, QuestionBase, SkippedQuestion, TypedQuestion } from "../types";
import { CHOICE_COUNT } from "./multiple-choice";
import { isTimeFact } from "./time-fact";

/** One link with both its events. */
interface LinkContext {
  index: DatasetIndex;
  from: EventRecord;
  to: EventRecord;
  link: EventLink;
  seed: number;
}

/** What the connection generator made and what it declined, with reasons. */
export interface ConnectionReport {
  questions: Question[];
  skipped: SkippedQuestion[];
}

type Form = "cause" | "interval" | "anniversary-origin" | "anniversary-count";

/** Earlier events within about five years of the later one make the most plausible wrong causes. */
const RECENT_DAYS = 5 * 366;

/** The earlier and the later event of a link (an anniversary points back to what it marks). */
function ordered(ctx: LinkContext): { earlier: EventRecord; later: EventRecord } {
  return ctx.link.kind === "anniversary-of" ? { earlier: ctx.to, later: ctx.from } : { earlier: ctx.from, later: ctx.to };
}

function nameOf(event: EventRecord): string {
  return event.name ?? event.title;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Kyodo News, 20 March 2022; The Phnom Penh Post, 29 September 2022". */
function sourceLine(ctx: LinkContext): string {
  return citationsFor(ctx.index, [ctx.from, ctx.to])
    .map((s) => `${s.publisher}, ${renderDate({ iso: s.publishedOn, precision: "day" })}`)
    .join("; ");
}

/**
 * The event's name with its date beside it, unless the name already says it ("Hun Sen's January
 * 2022 visit to Naypyitaw"): how an explanation names an event, so the date is read where the
 * event is, not in a second sentence naming both events again.
 */
function withDate(event: EventRecord, { asChoice = false } = {}): string {
  const name = nameOf(event);
  const date = renderDate(event.date);
  if (name.includes(date)) return name;
  // A name dated to the month ("the meeting in Tokyo in September 2022") takes the day in place,
  // rather than saying the month twice ("… in September 2022 (28 September 2022)"); the answer of
  // a multiple-choice question keeps the words its choice showed.
  const { year, month, day } = dateParts(event.date);
  if (day !== undefined && month !== undefined) {
    const monthYear = renderDate({ iso: `${year}-${String(month).padStart(2, "0")}`, precision: "month" });
    if (asChoice && name.includes(monthYear)) return name;
    if (name.includes(`in ${monthYear}`)) return name.replace(`in ${monthYear}`, `on ${date}`);
    if (name.includes(monthYear)) return name.replace(monthYear, date);
  }
  return `${name} (${date})`;
}

/**
 * The explanation every connection question shares: the answer in a lead sentence that names both
 * events with their dates, then how they connect, then both sources. A lead that is only the
 * answer ("11 months.") is followed by both events, dated; a lead already naming them is not, or
 * the student would read the two names twice.
 */
function explanation(ctx: LinkContext, lead: string, leadNamesBoth = false): string {
  const { earlier, later } = ordered(ctx);
  const events = leadNamesBoth ? "" : ` ${capitalise(withDate(earlier))}; ${withDate(later)}.`;
  return `${lead}${events} ${ctx.link.how} Sources: ${sourceLine(ctx)}.`;
}

/** Fields every connection question has, whatever its form. */
type ConnectionBase = Pick<QuestionBase, "id" | "sources" | "eventIds" | "tags" | "difficulty" | "importance" | "link">;

function base(ctx: LinkContext, type: QuestionType, form: Form, difficulty: Difficulty): ConnectionBase {
  const { earlier, later } = ordered(ctx);
  return {
    id: questionIdFromKey(`${type}:link:${ctx.from.slug}>${ctx.to.slug}:${ctx.link.kind}:${form}`),
    sources: citationsFor(ctx.index, [earlier, later]),
    eventIds: [earlier.slug, later.slug],
    tags: tagsFor([earlier, later]),
    difficulty,
    importance: ctx.link.importance,
    link: { from: ctx.from.slug, to: ctx.to.slug, kind: ctx.link.kind },
  };
}

/** The event's name, with its date when the name does not already say when. */
function datedName(event: EventRecord): string {
  return /\b(?:19|20)\d{2}\b/.test(nameOf(event)) ? nameOf(event) : `${nameOf(event)} (${renderDate(event.date)})`;
}

/** A fact-shaped stand-in, so the fact machinery (distractors, lenient grading) serves connections too. */
function standIn(id: string, question: string, answer: Answer): Fact {
  return { id, ask: "which", question, statement: `${question} {answer}`, answer, alsoCorrect: [], notDistractors: [] };
}

/** Every link as an edge from the earlier event to the later one (an anniversary comes after what it marks). */
function timeEdges(index: DatasetIndex): [string, string][] {
  return index.dataset.events.flatMap((e) =>
    e.links.map((l): [string, string] => (l.kind === "anniversary-of" ? [l.to, e.slug] : [e.slug, l.to])),
  );
}

/** Events that lead to `slug` through any chain of links (`forward` false), or that it leads to (true). */
function reachable(edges: readonly [string, string][], slug: string, forward: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [slug];
  while (queue.length > 0) {
    const at = queue.pop() ?? "";
    for (const [a, b] of edges) {
      const next = forward ? (a === at ? b : undefined) : b === at ? a : undefined;
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Within this many days before the later event, an event reported by the same article is part of its story. */
const SAME_STORY_DAYS = 31;

/**
 * Named events dated strictly before `later` that could not be argued to have led to it: none
 * connected to it through any chain of links (the coup is no wrong answer for what the coup's
 * consequence led to), none from the occasion of such an event (the meeting at which an invitation
 * was made), none from the same story (the summit the day before, in the same report), and never
 * two from one occasion, so each is a distinct, fair wrong cause.
 */
export function causeCandidates(index: DatasetIndex, later: EventRecord): EventRecord[] {
  const edges = timeEdges(index);
  const related = new Set([...reachable(edges, later.slug, false), ...reachable(edges, later.slug, true), later.slug]);
  const occasion = (e: EventRecord) => `${e.date.iso}|${[...e.sources].sort().join(",")}`;
  const taken = new Set(index.dataset.events.filter((e) => related.has(e.slug)).map(occasion));
  const sameStory = (e: EventRecord) =>
    dateInterval(later.date).start - dateInterval(e.date).start <= SAME_STORY_DAYS && e.sources.some((s) => later.sources.includes(s));
  return index.dataset.events.filter((e) => {
    if (e.name === undefined || related.has(e.slug) || !strictlyBefore(e.date, later.date) || sameStory(e) || taken.has(occasion(e))) {
      return false;
    }
    taken.add(occasion(e));
    return true;
  });
}

function causeQuestion(ctx: LinkContext): MultipleChoiceQuestion | string {
  const { earlier, later } = ordered(ctx);
  const prompt =
    ctx.link.kind === "led-to"
      ? `Which earlier event led to ${datedName(later)}?`
      : `Which earlier event did ${datedName(later)} follow on from?`;
  const b = base(ctx, "multiple_choice", "cause", 3);
  const rng = rngFor(ctx.seed, b.id);
  // Events close in time and sharing a topic first: they are the ones a student could mistake for its cause.
  const candidates = causeCandidates(ctx.index, later);
  const recent = (e: EventRecord) => dateInterval(later.date).start - dateInterval(e.date).start <= RECENT_DAYS;
  const onTopic = (e: EventRecord) => e.tags.some((t) => later.tags.includes(t));
  const tiers = [
    candidates.filter((e) => recent(e) && onTopic(e)),
    candidates.filter((e) => recent(e) && !onTopic(e)),
    candidates.filter((e) => !recent(e) && onTopic(e)),
    candidates.filter((e) => !recent(e) && !onTopic(e)),
  ];
  const wrong = tiers.flatMap((tier) => shuffle(tier, rng)).slice(0, CHOICE_COUNT - 1);
  if (wrong.length < CHOICE_COUNT - 1) return `only ${wrong.length} named earlier event(s) unlinked to ${later.slug}`;
  const answer = capitalise(nameOf(earlier));
  const choices = shuffle([answer, ...wrong.map((e) => capitalise(nameOf(e)))], rng);
  const lead =
    ctx.link.kind === "led-to"
      ? `${capitalise(withDate(earlier, { asChoice: true }))} led to ${withDate(later)}.`
      : `${capitalise(withDate(later))} followed on from ${withDate(earlier, { asChoice: true })}.`;
  return {
    ...b,
    type: "multiple_choice",
    prompt,
    answer,
    choices,
    answerIndex: choices.indexOf(answer),
    explanation: explanation(ctx, lead, true),
  };
}

const DAYS_PER_MONTH = 30.44;

/**
 * The gap between two dates in the unit their precision allows (days when both are known to the
 * day and close; otherwise about how many months, or years past two years), or why none reads
 * naturally.
 */
export function intervalBetween(earlier: EventRecord, later: EventRecord): { value: number; unit: "day" | "month" | "year" } | string {
  const a = dateParts(earlier.date);
  const b = dateParts(later.date);
  if (a.month === undefined || b.month === undefined) {
    const years = b.year - a.year;
    return years >= 1 ? { value: years, unit: "year" } : "both in the same year";
  }
  const calendarMonths = b.year * 12 + b.month - (a.year * 12 + a.month);
  let months = calendarMonths;
  if (a.day !== undefined && b.day !== undefined) {
    const days = dateInterval(later.date).start - dateInterval(earlier.date).start;
    if (days >= 1 && days <= 31) return { value: days, unit: "day" };
    // Both known to the day: months only when the gap is close to a whole number of them.
    const exact = days / DAYS_PER_MONTH;
    if (Math.abs(exact - Math.round(exact)) > 0.25) return "no whole number of days, months or years between them";
    months = Math.round(exact);
  }
  // Counted by calendar month, so one or two months could be days apart: only from three on.
  if (months >= 3 && months <= 24) return { value: months, unit: "month" };
  if (months > 24) return { value: Math.round(months / 12), unit: "year" };
  return "too close together to count in months, too far apart to count in days";
}

function intervalQuestion(ctx: LinkContext): TypedQuestion | string {
  const { earlier, later } = ordered(ctx);
  if (!isTimeFact(earlier) || !isTimeFact(later)) return "a date is reported or planned, not when it happened";
  const gap = intervalBetween(earlier, later);
  if (typeof gap === "string") return gap;
  const unit = gap.value === 1 ? gap.unit : `${gap.unit}s`;
  const about = gap.unit === "day" ? "How many" : "About how many";
  const prompt = `${about} ${gap.unit}s passed between ${nameOf(earlier)} and ${nameOf(later)}?`;
  const answer: Answer = { kind: "number", value: gap.value, unit, style: "cardinal" };
  const b = base(ctx, "typed", "interval", 4);
  const rendered = renderAnswer(answer, ctx.index);
  return {
    ...b,
    type: "typed",
    prompt,
    answer: rendered,
    answerKind: "number",
    accepted: acceptedAnswersFor(standIn(b.id, prompt, answer), ctx.index),
    explanation: explanation(ctx, `${capitalise(rendered)} passed between ${withDate(earlier)} and ${withDate(later)}.`, true),
  };
}

function anniversaryYears(ctx: LinkContext): { origin: number; marked: number; years: number } {
  const marked = dateParts(ctx.from.date).year;
  const years = ctx.link.years ?? 0;
  return { origin: marked - years, marked, years };
}

function ordinalWord(n: number): string {
  return renderProseNumber(n, "ordinal");
}

function anniversaryOriginQuestion(ctx: LinkContext): TypedQuestion {
  const { marked, years, origin } = anniversaryYears(ctx);
  const prompt = `${marked} marked the ${ordinalWord(years)} anniversary of ${nameOf(ctx.to)}. In what year did that happen?`;
  const answer: Answer = { kind: "date", date: { iso: String(origin), precision: "year" } };
  const b = base(ctx, "typed", "anniversary-origin", 3);
  return {
    ...b,
    type: "typed",
    prompt,
    answer: String(origin),
    answerKind: "date",
    accepted: acceptedAnswersFor(standIn(b.id, prompt, answer), ctx.index),
    explanation: explanation(ctx, `${origin}: ${marked} − ${years} = ${origin}.`),
  };
}

function anniversaryCountQuestion(ctx: LinkContext): MultipleChoiceQuestion | string {
  const { marked, years, origin } = anniversaryYears(ctx);
  const prompt = `${capitalise(nameOf(ctx.to))} dates from ${origin}. Which anniversary of it fell in ${marked}?`;
  const answer: Answer = { kind: "number", value: years, unit: "anniversary", style: "ordinal" };
  const b = base(ctx, "multiple_choice", "anniversary-count", 2);
  const rng = rngFor(ctx.seed, b.id);
  const wrong = pickDistractors({ index: ctx.index, fact: standIn(b.id, prompt, answer), context: prompt, rng }, CHOICE_COUNT - 1);
  if (wrong.length < CHOICE_COUNT - 1) return `only ${wrong.length} plausible wrong anniversaries`;
  const label = (a: Answer) => renderAnswer(a, ctx.index);
  const choices = shuffle([label(answer), ...wrong.map(label)], rng);
  return {
    ...b,
    type: "multiple_choice",
    prompt,
    answer: label(answer),
    choices,
    answerIndex: choices.indexOf(label(answer)),
    explanation: explanation(ctx, `The ${label(answer)}: ${marked} − ${origin} = ${years}.`),
  };
}

/**
 * Every connection question the dataset's links support, with what was declined and why. A prompt
 * is asked once: a second link into the same event with the same wording, or a second anniversary
 * of the same event asked by count, would be a near-duplicate card. Links are taken in order of
 * their two slugs, so which one wins does not depend on where events sit in the dataset.
 */
export function generateConnectionQuestions(index: DatasetIndex, seed: number): ConnectionReport {
  const questions: Question[] = [];
  const skipped: SkippedQuestion[] = [];
  const prompts = new Set<string>();
  const countedOrigins = new Set<string>();
  const key = (from: EventRecord, link: EventLink) => `${from.slug}>${link.to}`;
  const links = index.dataset.events
    .flatMap((from) => from.links.map((link) => ({ from, link })))
    // Code-unit order: the same on every machine and in every locale.
    .sort((a, b) => (key(a.from, a.link) < key(b.from, b.link) ? -1 : 1));
  for (const { from, link } of links) {
    // A part of the dataset (a subset of events) may lack the link's other end.
    const to = index.dataset.events.find((e) => e.slug === link.to);
    if (!to) {
      skipped.push({ type: "multiple_choice", eventSlug: from.slug, reason: `link to ${link.to}: that event is not in the dataset` });
      continue;
    }
    const ctx: LinkContext = { index, from, to, link, seed };
    const counted = countedOrigins.has(link.to);
    const made: [QuestionType, Question | string][] =
      link.kind === "anniversary-of"
        ? [
            ["typed", anniversaryOriginQuestion(ctx)],
            [
              "multiple_choice",
              counted ? "another anniversary of the same event is already asked by count" : anniversaryCountQuestion(ctx),
            ],
          ]
        : [
            ["multiple_choice", causeQuestion(ctx)],
            ["typed", intervalQuestion(ctx)],
          ];
    if (link.kind === "anniversary-of") countedOrigins.add(link.to);
    for (const [type, result] of made) {
      const skip = (reason: string) => skipped.push({ type, eventSlug: from.slug, reason: `link to ${link.to}: ${reason}` });
      if (typeof result === "string") {
        skip(result);
      } else if (prompts.has(`${type}:${result.prompt}`)) {
        skip("the same prompt is asked for another link");
      } else {
        prompts.add(`${type}:${result.prompt}`);
        questions.push(result);
      }
    }
  }
  return { questions, skipped };
}
