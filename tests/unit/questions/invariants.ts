/**
 * Bank-wide invariants, shared by the fixture and real-dataset tests (example and property
 * based). Returns readable violations rather than throwing, so a failure lists every problem.
 */
import type { Dataset, EventRecord, Fact } from "@/lib/events/schema";
import { acceptedAnswersFor, indexDataset, matchesAnswer, normalizeText, type Question } from "@/lib/questions";
import { strictlyBefore } from "@/lib/questions/fuzzy-date";
import { containsPhrase } from "@/lib/questions/matching/normalize";
import { revealedAnswer } from "@/lib/questions/reveal";

export function factOf(dataset: Dataset, question: Question): { event: EventRecord; fact: Fact } {
  if (!("factId" in question)) throw new Error(`${question.id} is not a fact question`);
  const event = dataset.events.find((e) => e.slug === question.eventIds[0]);
  const fact = event?.facts.find((f) => f.id === question.factId);
  if (!event || !fact) throw new Error(`${question.id}: fact ${question.eventIds[0]}/${question.factId} not found`);
  return { event, fact };
}

/** Checks for a connection question (made from an event link, not a fact). */
function connectionViolations(dataset: Dataset, q: Question): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${q.type} ${q.id} (${q.prompt}): ${message}`);
  const link = q.link;
  if (!link) return problems;
  const from = dataset.events.find((e) => e.slug === link.from);
  const to = dataset.events.find((e) => e.slug === link.to);
  if (!from || !to) return [`${q.id}: link ${link.from} → ${link.to} names an unknown event`];
  if (!from.links.some((l) => l.to === link.to && l.kind === link.kind)) fail("no such link in the dataset");
  if ([...q.eventIds].sort().join() !== [from.slug, to.slug].sort().join()) fail("eventIds are not the link's two events");
  for (const id of [...from.sources, ...to.sources]) if (!q.sources.some((s) => s.id === id)) fail(`does not cite ${id}`);
  if (q.type === "multiple_choice") {
    if (q.choices.length !== 4 || new Set(q.choices).size !== 4) fail("needs four distinct choices");
    if (q.choices[q.answerIndex] !== q.answer) fail("answerIndex does not point at the answer");
  } else if (q.type === "typed") {
    if (!matchesAnswer(q.answer, q.accepted).correct) fail("its own answer is not accepted");
  } else {
    fail(`connection questions are multiple choice or typed, not ${q.type}`);
  }
  return problems;
}

export function bankViolations(dataset: Dataset, bank: readonly Question[]): string[] {
  const problems: string[] = [];
  const index = indexDataset(dataset);
  const slugs = new Set(dataset.events.map((e) => e.slug));
  const ids = new Set<string>();
  const covered = new Set<string>();
  const fail = (q: Question, message: string) => problems.push(`${q.type} ${q.id} (${q.prompt}): ${message}`);

  for (const q of bank) {
    if (ids.has(q.id)) fail(q, "duplicate id");
    ids.add(q.id);
    if (!/^q-[0-9a-z]{10}$/.test(q.id)) fail(q, "malformed id");
    if (q.sources.length < 1) fail(q, "cites no source");
    if (q.eventIds.length < 1) fail(q, "names no event");
    for (const slug of q.eventIds) {
      if (!slugs.has(slug)) fail(q, `unknown event ${slug}`);
      covered.add(slug);
    }
    if (q.tags.length < 1) fail(q, "no tags");
    if (![1, 2, 3, 4, 5].includes(q.difficulty)) fail(q, `difficulty ${q.difficulty}`);
    if (q.prompt.trim() === "" || q.answer.trim() === "" || q.explanation.trim() === "") fail(q, "empty text");

    if (q.link) {
      problems.push(...connectionViolations(dataset, q));
      continue;
    }
    switch (q.type) {
      case "multiple_choice": {
        const { fact } = factOf(dataset, q);
        const accepted = acceptedAnswersFor(fact, index);
        if (q.choices.length !== 4) fail(q, `${q.choices.length} choices`);
        if (new Set(q.choices.map(normalizeText)).size !== q.choices.length) fail(q, "duplicate choices");
        if (q.choices[q.answerIndex] !== q.answer) fail(q, "answerIndex does not point at the answer");
        q.choices.forEach((choice, i) => {
          if (i !== q.answerIndex && matchesAnswer(choice, accepted).correct) fail(q, `distractor "${choice}" matches the answer`);
        });
        if (containsPhrase(q.prompt, q.answer) || revealedAnswer(q.prompt, fact, index)) fail(q, "prompt gives the answer");
        break;
      }
      case "true_false": {
        const { fact } = factOf(dataset, q);
        if (q.answer !== (q.truth ? "True" : "False")) fail(q, "answer and truth disagree");
        if (!q.prompt.includes(q.statement)) fail(q, "prompt lacks the statement");
        if (q.statement.includes("{answer}")) fail(q, "placeholder left in statement");
        if (!q.truth) {
          const accepted = acceptedAnswersFor(fact, index);
          const [before = "", after = ""] = fact.statement.split("{answer}");
          const inserted = q.statement.slice(before.length, q.statement.length - after.length);
          if (matchesAnswer(inserted, accepted).correct) fail(q, `false statement uses a true answer "${inserted}"`);
        }
        break;
      }
      case "cloze":
      case "typed": {
        const { fact } = factOf(dataset, q);
        if (q.accepted.length < 1) fail(q, "no accepted answers");
        if (!matchesAnswer(q.answer, q.accepted).correct) fail(q, "its own answer is not accepted");
        if (revealedAnswer(q.prompt, fact, index)) fail(q, "prompt gives the answer");
        if (q.type === "cloze" && q.prompt.split("____").length !== 2) fail(q, "cloze needs exactly one blank");
        break;
      }
      case "ordering": {
        if (q.items.length < 3 || q.items.length > 5) fail(q, `${q.items.length} items`);
        const itemIds = q.items.map((i) => i.id);
        if ([...itemIds].sort().join() !== [...q.correctOrder].sort().join()) fail(q, "items and order differ");
        if (itemIds.join() === q.correctOrder.join()) fail(q, "shown already in order");
        const events = q.correctOrder.map((slug) => index.event(slug));
        events.forEach((e, i) => {
          if (e.date.precision === "year") fail(q, `${e.slug} is dated only to the year`);
          const next = events[i + 1];
          if (next && !strictlyBefore(e.date, next.date)) fail(q, `${e.slug} is not strictly before ${next.slug}`);
        });
        for (let i = 0; i < events.length; i++) {
          for (let j = i + 1; j < events.length; j++) {
            const a = events[i];
            const b = events[j];
            if (a && b && !strictlyBefore(a.date, b.date)) fail(q, `${a.slug} / ${b.slug} cannot be strictly ordered`);
          }
        }
        break;
      }
      case "matching": {
        const n = q.pairs.length;
        if (n < 3 || n > 5) fail(q, `${n} pairs`);
        if (q.left.length !== n || q.right.length !== n) fail(q, "columns and pairs differ in size");
        const lefts = new Set(q.pairs.map((p) => p.left));
        const rights = new Set(q.pairs.map((p) => p.right));
        if (lefts.size !== n || rights.size !== n) fail(q, "pairs are not one-to-one");
        if (new Set(q.right.map((r) => normalizeText(r.label))).size !== n) fail(q, "two right items are equivalent");
        if (new Set(q.left.map((l) => normalizeText(l.label))).size !== n) fail(q, "two left items are equivalent");
        if (!q.left.every((l) => lefts.has(l.id)) || !q.right.every((r) => rights.has(r.id))) fail(q, "pair ids unknown");
        break;
      }
    }
  }
  for (const slug of slugs) if (!covered.has(slug)) problems.push(`event ${slug} yields no question`);
  return problems;
}
