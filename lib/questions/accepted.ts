/**
 * The accepted answers of a fact, for lenient grading of cloze and typed questions (and for
 * checking that no distractor would be graded correct).
 */
import type { Answer, Fact } from "@/lib/events/schema";
import type { DatasetIndex } from "./dataset-index";
import { editDistance } from "./matching/edit-distance";
import { typoAllowance } from "./matching/fuzzy-text";
import { normalizeText } from "./matching/normalize";
import { renderDate } from "./render/date";
import { renderNumber, renderProseNumber, renderProseQuantity, renderQuantity } from "./render/number";
import type { AcceptedAnswer } from "./types";

/**
 * Wrong names within twice an accepted form's typo allowance are recorded as near misses: only
 * those could ever be reached by a typo, so the list stays short.
 */
function nearEnough(candidate: string, bag: Int16Array, form: Named): boolean {
  const reach = 2 * typoAllowance(form.norm.replace(/ /g, "").length);
  return reach > 0 && bagBound(bag, form.bag) <= reach && editDistance(candidate, form.norm, reach) <= reach;
}

function textForms(answer: Answer, index: DatasetIndex): string[] {
  if (answer.kind === "entity") {
    const e = index.entity(answer.entity);
    return [e.name, ...e.aliases];
  }
  if (answer.kind === "text") return [answer.text, ...answer.aliases];
  return [];
}

interface Named {
  entityId?: string;
  text: string;
  norm: string;
  bag: Int16Array;
}

/** Letter counts (folded into 32 buckets) for a cheap lower bound on the edit distance. */
function letterBag(text: string): Int16Array {
  const bag = new Int16Array(32);
  for (let i = 0; i < text.length; i++) bag[text.charCodeAt(i) & 31] = (bag[text.charCodeAt(i) & 31] ?? 0) + 1;
  return bag;
}

/**
 * Each edit changes the letter counts by at most 2 (a substitution), so half the bag difference
 * bounds the distance from below: most names are ruled out without the full computation.
 */
function bagBound(a: Int16Array, b: Int16Array): number {
  let diff = 0;
  for (let i = 0; i < 32; i++) diff += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return Math.ceil(diff / 2);
}

const toNamed = (text: string, entityId?: string): Named => {
  const norm = normalizeText(text);
  return { ...(entityId !== undefined ? { entityId } : {}), text, norm, bag: letterBag(norm) };
};

const nearMissCache = new WeakMap<DatasetIndex, Map<string, string[]>>();

/** Entity near misses depend only on the forms involved: compute them once per dataset index. */
function cachedNearMisses(index: DatasetIndex, key: string, compute: () => string[]): string[] {
  let cache = nearMissCache.get(index);
  if (!cache) {
    cache = new Map();
    nearMissCache.set(index, cache);
  }
  let found = cache.get(key);
  if (!found) {
    found = compute();
    cache.set(key, found);
  }
  return found;
}

function nearMissesFor(forms: string[], acceptedForms: Set<string>, candidates: readonly Named[]): string[] {
  const targets = forms.map((f) => toNamed(f));
  const out = new Set<string>();
  for (const { text, norm, bag } of candidates) {
    if (norm === "" || acceptedForms.has(norm)) continue;
    if (targets.some((t) => nearEnough(norm, bag, t))) out.add(text);
  }
  return [...out];
}

const namesCache = new WeakMap<DatasetIndex, Named[]>();

/** Every entity name and alias, normalised once per dataset index. */
function entityNames(index: DatasetIndex): Named[] {
  let names = namesCache.get(index);
  if (!names) {
    names = index.entities.flatMap((e) => [e.name, ...e.aliases].map((text) => toNamed(text, e.id)));
    namesCache.set(index, names);
  }
  return names;
}

const named = (texts: readonly string[]): Named[] => texts.map((text) => toNamed(text));

function toAccepted(answer: Answer, index: DatasetIndex, acceptedForms: Set<string>, fact: Fact): AcceptedAnswer {
  switch (answer.kind) {
    case "date":
      return { kind: "date", iso: answer.date.iso, precision: answer.date.precision, forms: [renderDate(answer.date)] };
    case "number": {
      // Canonical form first, as the question shows it ("seven documents"), then digits ("7 documents", "7").
      const forms = [
        renderProseQuantity(answer.value, answer.unit, answer.style),
        renderQuantity(answer.value, answer.unit, answer.style),
        renderProseNumber(answer.value, answer.style),
        renderNumber(answer.value, answer.style),
      ];
      return { kind: "number", value: answer.value, unit: answer.unit, style: answer.style, forms: [...new Set(forms)] };
    }
    case "entity": {
      const forms = textForms(answer, index);
      const key = `${answer.entity}|${[...acceptedForms].sort().join("|")}`;
      const nearMisses = cachedNearMisses(index, key, () =>
        nearMissesFor(
          forms,
          acceptedForms,
          entityNames(index).filter((n) => n.entityId !== answer.entity),
        ),
      );
      return { kind: "text", forms, nearMisses: [...nearMisses] };
    }
    case "text": {
      const forms = textForms(answer, index);
      const own = fact.answer.kind === "text" ? fact.answer.distractors : [];
      return { kind: "text", forms, nearMisses: nearMissesFor(forms, acceptedForms, named([...answer.distractors, ...own])) };
    }
  }
}

const acceptedCache = new WeakMap<DatasetIndex, WeakMap<Fact, AcceptedAnswer[]>>();

/**
 * The fact's answer and its `alsoCorrect` answers, as lenient matching takes them. Computed once
 * per fact and dataset index; each call returns a fresh copy, so questions never share objects.
 */
export function acceptedAnswersFor(fact: Fact, index: DatasetIndex): AcceptedAnswer[] {
  return structuredClone(sharedAcceptedAnswers(fact, index)) as AcceptedAnswer[];
}

/** `acceptedAnswersFor` without the copy, for read-only use inside the generator. */
export function sharedAcceptedAnswers(fact: Fact, index: DatasetIndex): readonly AcceptedAnswer[] {
  let perFact = acceptedCache.get(index);
  if (!perFact) {
    perFact = new WeakMap();
    acceptedCache.set(index, perFact);
  }
  let accepted = perFact.get(fact);
  if (!accepted) {
    const all = [fact.answer, ...fact.alsoCorrect];
    const acceptedForms = new Set(all.flatMap((a) => textForms(a, index)).map(normalizeText));
    accepted = all.map((answer) => toAccepted(answer, index, acceptedForms, fact));
    perFact.set(fact, accepted);
  }
  return accepted;
}
