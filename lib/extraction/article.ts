/**
 * Candidate events from a pasted article: every sentence that states a date becomes a candidate,
 * with the date resolved against the article's publication date (chrono-node: "on Sunday", "last
 * year", "in August"), the people, places and organisations it names (compromise, plus a few
 * rules for titles such as "President …" and bodies such as "Ministry of …"), its numbers, and
 * where each was found so the page can highlight the sentence. Deterministic and pure: the same
 * article always gives the same candidates; nothing here saves anything.
 */
import * as chrono from "chrono-node";
import nlp from "compromise";
import type { DatePrecision } from "@/lib/domain";
import type { CandidateEvent, CandidateNumber, Highlight, HighlightKind } from "./candidate";

export type { CandidateEvent, CandidateNumber, Highlight, HighlightKind } from "./candidate";
export { highlightPieces } from "./candidate";

export interface ArticleInput {
  title: string;
  publisher: string;
  /** ISO day of publication: relative dates are resolved against it. */
  publishedOn: string;
  text: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY_MS = 86_400_000;

/** Words that put a bare weekday or month in the future rather than the past. */
const FUTURE = /\b(will|shall|next|upcoming|is to|are to|is due|are due|plans? to|planned|scheduled|expected to|is set to|are set to)\b/i;
/** A date phrase that already says which way it points. */
const EXPLICIT = /\b(last|next|this|ago|previous|coming|yesterday|today|tomorrow)\b/i;

const TITLES =
  /^(?:(?:prime|foreign|defence|defense|finance|deputy|vice|chief|former|acting|senior|general)\s+)*(?:president|prime minister|minister|premier|chancellor|king|queen|prince|princess|mr|mrs|ms|dr|general|gen|ambassador|governor|mayor|senator|secretary(?:-general)?|secretary general|chairman|chairwoman|chair|director|professor|prof|sir|dame|captain|admiral|spokesperson|spokesman|spokeswoman|ceo|emperor|samdech)\.?\s+/i;
const TITLE_BEFORE_NAME =
  /\b(?:President|Prime Minister|Minister|Premier|Chancellor|King|Queen|Prince|Princess|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|General|Ambassador|Governor|Mayor|Senator|Secretary-General|Chairman|Chairwoman|Director|Professor|Emperor)\s+((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,2})/gu;
const BODY =
  /\b((?:the\s+)?(?:Ministry|Department|Bank|Agency|Council|Commission|Committee|Office|University|Institute|Fund|Organisation|Organization|Association|Union|Court|Parliament|Assembly|Senate)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:and\s+)?[A-Z][\p{L}-]+){0,3})/gu;

const ORG_HEAD =
  "Council|Bank|Ministry|Museum|Programme|Program|Agency|Fund|University|Company|Corporation|Commission|Committee|Department|Association|Organisation|Organization|Party|Institute|Office|Court|Parliament|Assembly|Senate|Army|Navy|Police|Group|Union|Foundation|School|Hospital|Airlines|Authority|Forum|Society|Federation|Secretariat";
/** A capitalised name ending in an organisation word, optionally "… of Modern Art". */
const ORG_NAME = new RegExp(
  `\\b((?:[A-Z][\\p{L}'’-]+\\s+){0,4}(?:${ORG_HEAD})(?:\\s+(?:of|for)(?:\\s+(?:the\\s+)?[A-Z][\\p{L}-]+){1,4})?)\\b`,
  "gu",
);
const ORG_WORD = new RegExp(`\\b(?:${ORG_HEAD})\\b`);
const ORDINAL = /^(?:a |an )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/i;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoOf(date: Date, precision: DatePrecision): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  if (precision === "year") return y;
  if (precision === "month") return `${y}-${pad(date.getUTCMonth() + 1)}`;
  return `${y}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function readable(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Sentences with their offsets: split after . ! ? followed by space and a capital or quote, sparing common abbreviations. */
export function splitSentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    const before = text.slice(Math.max(start, match.index - 5), match.index + 1);
    if (/\b(?:Mr|Mrs|Ms|Dr|Gen|Prof|St|No|Jr|Sr|U\.S|U\.N|a\.m|p\.m|[A-Z])\.$/.test(before)) continue;
    pushSentence(out, text, start, end);
    start = match.index + match[0].length;
  }
  pushSentence(out, text, start, text.length);
  return out;
}

function pushSentence(out: { text: string; offset: number }[], text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== "") out.push({ text: trimmed, offset: start + lead });
}

interface FoundDate {
  iso: string;
  precision: DatePrecision;
  text: string;
  index: number;
  note: string;
}

/** The first date a sentence states, resolved against `published` (UTC noon of the publication day). */
function findDate(sentence: string, published: Date, publishedOn: string): FoundDate | undefined {
  const results = chrono.parse(sentence, { instant: published, timezone: 0 }, { forwardDate: false });
  const future = FUTURE.test(sentence);
  for (const r of results) {
    const c = r.start;
    const explicit = EXPLICIT.test(r.text);
    const said = r.text.trim().replace(/[,.;:]+$/, "");
    const weekday = c.get("weekday");
    let date = c.date();
    let precision: DatePrecision | undefined;
    let note = "";
    if (c.isCertain("day")) precision = "day";
    else if (c.isCertain("weekday") && weekday !== null) {
      precision = "day";
      if (!explicit) {
        // A bare weekday in news is the one before publication, unless the sentence looks ahead.
        const dow = published.getUTCDay();
        const shift = future ? (weekday - dow + 7) % 7 || 7 : -((dow - weekday + 7) % 7);
        date = new Date(published.getTime() + shift * DAY_MS);
        note = `"${said}" read as the ${WEEKDAYS[weekday]} ${future ? "after" : "before"} the publication date (${publishedOn})`;
      }
    } else if (c.isCertain("month")) {
      precision = "month";
      if (!c.isCertain("year") && !explicit) {
        const month = c.get("month") ?? date.getUTCMonth() + 1;
        const pubMonth = published.getUTCMonth() + 1;
        const year = published.getUTCFullYear() + (future ? (month < pubMonth ? 1 : 0) : month > pubMonth ? -1 : 0);
        date = new Date(Date.UTC(year, month - 1, 1, 12));
        note = `"${said}" read as the ${future ? "next" : "latest"} ${MONTHS[month - 1]} ${future ? "from" : "up to"} the publication date (${publishedOn})`;
      }
    } else if (c.isCertain("year")) precision = "year";
    if (!precision) continue;
    const iso = isoOf(date, precision);
    if (note === "" && explicit) note = `"${said}" counted from the publication date (${publishedOn}): ${readable(iso)}`;
    return { iso, precision, text: said, index: r.index, note };
  }
  // chrono leaves bare years ("in 2015") alone.
  const year = /\b((?:1[6-9]|20)\d{2})\b(?![,.]?\d)(?!\s*(?:km|people|tonnes|votes|visitors|%|percent))/.exec(sentence);
  if (year?.[1] && sentence[year.index - 1] !== "$") {
    const start = sentence.indexOf(year[1], year.index);
    return { iso: year[1], precision: "year", text: year[1], index: start, note: "" };
  }
  return undefined;
}

function cleanName(raw: string): string {
  let name = raw
    .trim()
    .replace(/[.,;:!?"“”‘’)(]+$/u, "")
    .replace(/^[("“‘]+/u, "")
    .replace(/['’]s$/u, "")
    .replace(/^the\s+/i, "");
  for (let i = 0; i < 3 && TITLES.test(name); i++) name = name.replace(TITLES, "");
  return name.trim();
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (n.length < 2 || !/^\p{Lu}/u.test(n) || seen.has(key)) continue;
    // Drop a name contained in a longer one already kept ("Berg" after "Anna Berg").
    if (out.some((o) => o.toLowerCase().split(/\s+/).includes(key))) continue;
    seen.add(key);
    out.push(n);
  }
  // And a shorter one kept before a longer one.
  return out.filter(
    (n) => !out.some((o) => o !== n && o.toLowerCase().split(/\s+/).length > 1 && o.toLowerCase().split(/\s+/).includes(n.toLowerCase())),
  );
}

function numbersIn(sentence: string, doc: ReturnType<typeof nlp>, dateSpan: [number, number]): CandidateNumber[] {
  const out: CandidateNumber[] = [];
  let cursor = 0;
  for (const n of doc.numbers().json() as { text: string; number?: { num?: number; prefix?: string } }[]) {
    const text = n.text.trim().replace(/[.,;:]+$/, "");
    const value = n.number?.num;
    if (value === undefined || !Number.isFinite(value) || text === "") continue;
    const at = sentence.indexOf(text, cursor);
    if (at < 0) continue;
    cursor = at + text.length;
    if (at < dateSpan[1] && at + text.length > dateSpan[0]) continue; // part of the date
    if (/^(?:1[6-9]|20)\d{2}$/.test(text)) continue; // a year
    if (/^(?:one|a|an)$/i.test(text) || ORDINAL.test(text) || /^an? /i.test(text)) continue;
    if (sentence[at + text.length] === "-" || text.endsWith("-")) continue; // "two-year": a compound, not a quantity
    const money = /\$|dollars?|yen|euros?/i.test(text) || n.number?.prefix === "$";
    const after = /^\s+([a-z][a-z-]+)/.exec(sentence.slice(at + text.length))?.[1] ?? "";
    const unit = money ? "US dollars" : /^(of|and|or|to|in|on|at|the|a|for|with|by|from)$/.test(after) ? "" : after;
    out.push({ text, value, unit });
  }
  return out;
}

function highlightsFor(sentence: string, kind: HighlightKind, names: readonly string[]): Highlight[] {
  return names.flatMap((name) => {
    const at = sentence.indexOf(name);
    return at < 0 ? [] : [{ kind, start: at, end: at + name.length }];
  });
}

/** Longest input accepted (characters): a long feature article, not a book. */
export const MAX_ARTICLE_CHARS = 60_000;

/** Whether `name` is part of one of `longer` (as whole words), other than itself. */
function within(name: string, longer: readonly string[]): boolean {
  const words = ` ${name.toLowerCase()} `;
  return longer.some((l) => l !== name && ` ${l.toLowerCase()} `.includes(words));
}

/** Candidate events of an article, in article order. */
export function extractCandidates(article: ArticleInput): CandidateEvent[] {
  const published = new Date(`${article.publishedOn}T12:00:00Z`);
  if (Number.isNaN(published.getTime())) return [];
  const candidates: CandidateEvent[] = [];
  /** People named so far: "Elena Park" stays a person later in the article, whatever compromise thinks of "Park". */
  const knownPeople = new Set<string>();
  for (const { text: sentence, offset } of splitSentences(article.text.slice(0, MAX_ARTICLE_CHARS))) {
    const date = findDate(sentence, published, article.publishedOn);
    if (!date) continue;
    const doc = nlp(sentence);
    const found = {
      people: [...[...sentence.matchAll(TITLE_BEFORE_NAME)].map((m) => m[1] ?? ""), ...(doc.people().out("array") as string[])].map(
        cleanName,
      ),
      places: (doc.places().out("array") as string[]).map(cleanName),
      organisations: [
        ...[...sentence.matchAll(BODY)].map((m) => m[1] ?? ""),
        ...[...sentence.matchAll(ORG_NAME)].map((m) => m[1] ?? ""),
        ...(doc.organizations().out("array") as string[]),
      ].map(cleanName),
    };
    // Reclassify: organisation words make an organisation; a name already met as a person stays one.
    const all = [...found.people, ...found.places, ...found.organisations];
    const organisations = unique(all.filter((n) => ORG_WORD.test(n) || found.organisations.includes(n)));
    const people = unique(all.filter((n) => !organisations.includes(n) && (found.people.includes(n) || knownPeople.has(n)))).filter(
      (n) => !within(n, organisations),
    );
    const places = unique(found.places.filter((n) => !organisations.includes(n) && !people.includes(n))).filter(
      (n) => !within(n, [...organisations, ...people]),
    );
    const orgs = organisations.filter((n) => !within(n, organisations));
    for (const p of people) knownPeople.add(p);
    const numbers = numbersIn(sentence, doc, [date.index, date.index + date.text.length]);
    const highlights = [
      { kind: "date" as const, start: date.index, end: date.index + date.text.trimEnd().length },
      ...highlightsFor(sentence, "person", people),
      ...highlightsFor(sentence, "place", places),
      ...highlightsFor(sentence, "organisation", orgs),
      ...highlightsFor(
        sentence,
        "number",
        numbers.map((n) => n.text),
      ),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    candidates.push({
      id: `c${candidates.length + 1}`,
      sentence,
      offset,
      date: { iso: date.iso, precision: date.precision },
      dateText: date.text.trim(),
      dateNote: date.note,
      people,
      places,
      organisations: orgs,
      numbers,
      highlights: dropOverlaps(highlights),
    });
  }
  return candidates;
}

function dropOverlaps(sorted: Highlight[]): Highlight[] {
  const out: Highlight[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/**
 * Run the extraction once on a tiny article: the first call pays for compromise's and chrono's
 * set-up (about a second), so the article page does it as it opens rather than on the teacher's first extraction.
 */
export function warmUpExtraction(): void {
  extractCandidates({
    title: "Warm-up",
    publisher: "Kizuna",
    publishedOn: "2024-01-01",
    text: "Minister Anna Berg met the World Bank in Oslo on Sunday and pledged $3 million. The Ministry of Health agreed in 2015.",
  });
}
