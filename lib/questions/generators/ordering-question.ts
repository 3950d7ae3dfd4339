/**
 * Timeline ordering: 3–5 events of one topic, dated to the day or month by when they happened (never
 * by the report that mentioned an ongoing condition, nor by an announcement), strictly ordered
 * (their date intervals do not overlap, so "March 2022" and "20 March 2022" never meet), to be
 * put in chronological order. Each topic's events are walked in date order and cut into groups by
 * `chunkStable`; groups with the same members (from different topics) are asked once.
 */
import { topicSchema, type EventRecord } from "@/lib/events/schema";
import { citationsFor, tagsFor, type DatasetIndex } from "../dataset-index";
import { orderingDifficulty } from "../difficulty";
import { dateInterval, strictlyBefore } from "../fuzzy-date";
import { groupQuestionId } from "../ids";
import { normalizeText } from "../matching/normalize";
import { rngFor, shuffleAwayFromIdentity } from "../random";
import { renderDate } from "../render/date";
import type { OrderingQuestion } from "../types";
import { groupImportance } from "../importance";
import { chunkStable } from "./chunk";
import { isTimeFact } from "./time-fact";

/** The prompt of every ordering question. */
export const ORDERING_PROMPT = "Put these events in the order they happened, earliest first.";

function byDate(a: EventRecord, b: EventRecord): number {
  const ia = dateInterval(a.date);
  const ib = dateInterval(b.date);
  return ia.start - ib.start || ia.end - ib.end || a.slug.localeCompare(b.slug);
}

/** The longest run, in date order, in which each event is strictly after the one before (greedy). */
function strictChain(events: readonly EventRecord[]): EventRecord[] {
  const chain: EventRecord[] = [];
  const titles = new Set<string>();
  for (const event of [...events].sort(byDate)) {
    const last = chain[chain.length - 1];
    const title = normalizeText(event.title);
    if (titles.has(title)) continue;
    if (last && !strictlyBefore(last.date, event.date)) continue;
    chain.push(event);
    titles.add(title);
  }
  return chain;
}

function buildOrdering(index: DatasetIndex, members: EventRecord[], seed: number): OrderingQuestion {
  const ordered = [...members].sort(byDate);
  const id = groupQuestionId(
    "ordering",
    "timeline",
    ordered.map((e) => e.slug),
  );
  const items = shuffleAwayFromIdentity(
    ordered.map((e) => ({ id: e.slug, label: e.title })),
    rngFor(seed, id),
  );
  return {
    id,
    type: "ordering",
    prompt: ORDERING_PROMPT,
    answer: ordered.map((e) => e.title).join(" → "),
    explanation: ordered.map((e) => `${e.title} (${renderDate(e.date)})`).join(" → "),
    sources: citationsFor(index, ordered),
    eventIds: ordered.map((e) => e.slug),
    tags: tagsFor(ordered),
    difficulty: orderingDifficulty(ordered.map((e) => e.date)),
    importance: groupImportance(ordered),
    items,
    correctOrder: ordered.map((e) => e.slug),
    dates: Object.fromEntries(ordered.map((e) => [e.slug, renderDate(e.date)])),
  };
}

/** Every ordering question the dataset supports, topic by topic in the schema's topic order. */
export function generateOrderingQuestions(index: DatasetIndex, seed: number): OrderingQuestion[] {
  const datable = index.dataset.events.filter((e) => e.date.precision !== "year" && isTimeFact(e));
  const seen = new Set<string>();
  const out: OrderingQuestion[] = [];
  for (const topic of topicSchema.options) {
    const chain = strictChain(datable.filter((e) => e.tags.includes(topic)));
    for (const group of chunkStable(chain, { key: (e) => e.slug })) {
      const question = buildOrdering(index, group, seed);
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      out.push(question);
    }
  }
  return out;
}
