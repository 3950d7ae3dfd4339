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
import { renderNumber, renderQuantity } from "./render/number";
import type { AcceptedAnswer } from "./types";

/**
 * Wrong names within twice an accepted form's typo allowance are recorded as near misses: only
 * those could ever be reached by a typo, so the list stays short.
 */
function nearEnough(candidate: string, form: string): boolean {
  const reach = 2 * typoAllowance(form.replace(/ /g, "").length);
  return reach > 0 && editDistance(candidate, form, reach) <= reach;
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
}

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
  const normForms = forms.map(normalizeText);
  const out = new Set<string>();
  for (const { text, norm } of candidates) {
    if (norm === "" || acceptedForms.has(norm)) continue;
    if (normForms.some((f) => nearEnough(norm, f))) out.add(text);
  }
  return [...out];
}

const namesCache = new WeakMap<DatasetIndex, Named[]>();

/** Every entity name and alias, normalised once per dataset index. */
function entityNames(index: DatasetIndex): Named[] {
  let names = namesCache.get(index);
  if (!names) {
    names = index.entities.flatMap((e) => [e.name, ...e.aliases].map((text) => ({ entityId: e.id, text, norm: normalizeText(text) })));
    namesCache.set(index, names);
  }
  return names;
}

const named = (texts: readonly string[]): Named[] => texts.map((text) => ({ text, norm: normalizeText(text) }));

function toAccepted(answer: Answer, index: DatasetIndex, acceptedForms: Set<string>, fact: Fact): AcceptedAnswer {
  switch (answer.kind) {
    case "date":
      return { kind: "date", iso: answer.date.iso, precision: answer.date.precision, forms: [renderDate(answer.date)] };
    case "number": {
      const quantity = renderQuantity(answer.value, answer.unit, answer.style);
      const bare = renderNumber(answer.value, answer.style);
      return {
        kind: "number",
        value: answer.value,
        unit: answer.unit,
        style: answer.style,
        forms: quantity === bare ? [quantity] : [quantity, bare],
      };
    }
    case "entity": {
      const forms = textForms(answer, index);
      const key = `${answer.entity}|${[...acceptedForms].sort().join("|")}`;
      const nearMisses = cachedNearMisses(index, key, () =>
        nearMissesFor(forms, acceptedForms, entityNames(index).filter((n) => n.entityId !== answer.entity)),
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
  return structuredClone(accepted);
}
