/**
 * Matching questions, 3–5 pairs each, the right column shuffled:
 * - people ↔ roles (people the articles give a role), no two with the same role;
 * - events ↔ years, no two events of the same year, no title that names a year, only events whose
 *   date is when they happened (see `isTimeFact`);
 * - places ↔ what happened there (the event's venues, never what it was only about, and only events
 *   that did happen: no ongoing condition or announcement), only pairs that are one-to-one within the question (no event
 *   also took place at another listed place) and whose title does not name the place.
 * Candidates are sorted (by id, or by date for events) and cut into groups by `chunkStable`.
 */
import type { Entity, EventRecord } from "@/lib/events/schema";
import { citationsFor, tagsFor, type DatasetIndex } from "../dataset-index";
import { matchingDifficulty } from "../difficulty";
import { dateInterval, dateParts } from "../fuzzy-date";
import { groupQuestionId, hash53 } from "../ids";
import { containsPhrase, normalizeText } from "../matching/normalize";
import { rngFor, shuffleAwayFromIdentity } from "../random";
import { renderDate } from "../render/date";
import type { MatchingKind, MatchingQuestion } from "../types";
import { groupImportance } from "../importance";
import { chunkStable } from "./chunk";
import { isTimeFact } from "./time-fact";

interface Pair {
  member: string;
  /** Names the left item goes by (a right label naming them would point at it). */
  names: string[];
  /** For people: "group|country", so two heads of government of one country never meet. */
  kindKey?: string;
  left: { id: string; label: string };
  right: { id: string; label: string };
  events: EventRecord[];
  /** One line of the explanation. */
  note: string;
}

const PROMPTS: Record<MatchingKind, string> = {
  "person-role": "Match each person with the role the articles give them.",
  "event-year": "Match each event with the year it happened.",
  "place-event": "Match each place with what happened there.",
};

/** Per place, at most this many of its events are offered (busy capitals would crowd the rest out). */
const EVENTS_PER_PLACE = 2;
const NAMES_A_YEAR = /\b(?:1[89]|20)\d{2}\b/;

function byDate(a: EventRecord, b: EventRecord): number {
  return dateInterval(a.date).start - dateInterval(b.date).start || a.slug.localeCompare(b.slug);
}

function names(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}

const GENERIC_FIRST_WORDS = new Set(["south", "north", "east", "west", "new", "great", "royal", "national", "central"]);

/**
 * What would give a place away in an event title: its names, and the distinctive first word of
 * a longer name ("Sihanoukville" of "Sihanoukville Autonomous Port").
 */
function placeHints(place: Entity): string[] {
  const first = normalizeText(place.name).split(" ")[0] ?? "";
  const distinctive = place.name.includes(" ") && first.length >= 4 && !GENERIC_FIRST_WORDS.has(first);
  return distinctive ? [...names(place), first] : names(place);
}

function personRolePairs(index: DatasetIndex): Pair[] {
  return [...index.entities]
    .filter((e) => e.kind === "person" && e.role !== undefined && e.role.trim() !== "")
    .filter((e) => index.eventsOfEntity(e.id).length > 0)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((person) => {
      const role = person.role ?? "";
      const first = index.event(index.eventsOfEntity(person.id)[0] ?? "");
      return {
        member: person.id,
        names: names(person),
        ...(person.group && person.country ? { kindKey: `${person.group}|${person.country}` } : {}),
        left: { id: person.id, label: person.name },
        right: { id: `role-${hash53(normalizeText(role)).toString(36)}`, label: role },
        events: [first],
        note: `${person.name}: ${role}`,
      };
    });
}

function eventYearPairs(index: DatasetIndex): Pair[] {
  return [...index.dataset.events]
    .filter((e) => !NAMES_A_YEAR.test(e.title) && isTimeFact(e))
    .sort(byDate)
    .map((event) => {
      const year = String(dateParts(event.date).year);
      return {
        member: event.slug,
        names: [event.title],
        left: { id: event.slug, label: event.title },
        right: { id: `year-${year}`, label: year },
        events: [event],
        note: `${event.title}: ${renderDate(event.date)}`,
      };
    });
}

function placeEventPairs(index: DatasetIndex): Pair[] {
  return [...index.entities]
    .filter((e) => e.kind === "city" || e.kind === "place")
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((place) =>
      index
        .eventsOfEntity(place.id)
        .map((slug) => index.event(slug))
        .filter((e) => e.places.includes(place.id) && isTimeFact(e) && !placeHints(place).some((n) => containsPhrase(e.title, n)))
        .sort(byDate)
        .slice(0, EVENTS_PER_PLACE)
        .map((event) => ({
          member: `${place.id}=${event.slug}`,
          names: placeHints(place),
          left: { id: place.id, label: place.name },
          right: { id: event.slug, label: event.title },
          events: [event],
          note: `${place.name}: ${event.title} (${renderDate(event.date)})`,
        })),
    );
}

/**
 * A role's core for comparison: without parentheses and time qualifiers, so "Former Prime
 * Minister of Japan (2012–2020)" and "Prime Minister of Japan" count as the same role.
 */
function roleCore(label: string): string {
  return normalizeText(label.replace(/\([^)]*\)/g, " "))
    .replace(/\b(?:former|late|then|new|newly appointed|current|incoming|outgoing)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether two right-hand labels could be taken for each other (equal, or one containing the other). */
function equivalentLabels(a: string, b: string): boolean {
  const x = roleCore(a);
  const y = roleCore(b);
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/**
 * Two pairs that cannot share a question: either side repeated or equivalent, two people of the
 * same group and country (two Cambodian prime ministers), a right label naming the other pair's
 * left item, or an event that also fits the other place.
 */
function clash(a: Pair, b: Pair): boolean {
  if (a.left.id === b.left.id || a.right.id === b.right.id) return true;
  if (normalizeText(a.left.label) === normalizeText(b.left.label)) return true;
  if (equivalentLabels(a.right.label, b.right.label)) return true;
  if (a.kindKey !== undefined && a.kindKey === b.kindKey) return true;
  if (a.names.some((n) => containsPhrase(b.right.label, n)) || b.names.some((n) => containsPhrase(a.right.label, n))) return true;
  const [ea] = a.events;
  const [eb] = b.events;
  return (ea?.places.includes(b.left.id) ?? false) || (eb?.places.includes(a.left.id) ?? false);
}

function buildMatching(index: DatasetIndex, kind: MatchingKind, group: Pair[], seed: number): MatchingQuestion {
  const id = groupQuestionId(
    "matching",
    kind,
    group.map((p) => p.member),
  );
  const events = [...new Map(group.flatMap((p) => p.events).map((e) => [e.slug, e])).values()];
  return {
    id,
    type: "matching",
    matchKind: kind,
    prompt: PROMPTS[kind],
    answer: group.map((p) => `${p.left.label}: ${p.right.label}`).join("; "),
    explanation: group.map((p) => p.note).join("; "),
    sources: citationsFor(index, events),
    eventIds: events.map((e) => e.slug),
    tags: tagsFor(events),
    difficulty: matchingDifficulty(kind, group.length),
    importance: groupImportance(events),
    left: group.map((p) => p.left),
    right: shuffleAwayFromIdentity(
      group.map((p) => p.right),
      rngFor(seed, id),
    ),
    pairs: group.map((p) => ({ left: p.left.id, right: p.right.id })),
  };
}

/** Every matching question the dataset supports: people ↔ roles, events ↔ years, places ↔ events. */
export function generateMatchingQuestions(index: DatasetIndex, seed: number): MatchingQuestion[] {
  const kinds: [MatchingKind, Pair[]][] = [
    ["person-role", personRolePairs(index)],
    ["event-year", eventYearPairs(index)],
    ["place-event", placeEventPairs(index)],
  ];
  return kinds.flatMap(([kind, pairs]) =>
    chunkStable(pairs, { key: (p) => p.member, conflicts: clash }).map((group) => buildMatching(index, kind, group, seed)),
  );
}
