/**
 * Plausible student responses for the demo class: the right answer, or a wrong one a real
 * student might give. Wrong answers lean towards one favourite per question (the first in a
 * per-question shuffle is three times as likely as the last), so the dashboard's "most chosen
 * wrong answer" has something to find. Pure: randomness comes in as a generator.
 */
import type { Question } from "@/lib/questions/types";
import { randomInt, rngFor, shuffle, type Rng } from "@/lib/questions/random";

/** Wrong free-text answers for a fact, borrowed from the multiple-choice question of that fact. */
export type WrongTextPool = Map<string, string[]>;

const factKey = (q: Question) => ("factId" in q ? `${q.eventIds[0] ?? ""}/${q.factId}` : q.id);

/** Distractor texts of every multiple-choice question, by fact: realistic wrong typed answers. */
export function wrongTextPool(bank: Question[]): WrongTextPool {
  const pool: WrongTextPool = new Map();
  for (const q of bank) {
    if (q.type === "multiple_choice")
      pool.set(
        factKey(q),
        q.choices.filter((_, i) => i !== q.answerIndex),
      );
  }
  return pool;
}

/** Pick from `options`, the earlier ones (in this question's fixed order) more often: weights n, n−1, …, 1. */
function favoured<T>(options: T[], question: Question, seed: number, rng: Rng): T | undefined {
  if (options.length === 0) return undefined;
  const ordered = shuffle(options, rngFor(seed, `favourite|${question.id}`));
  const total = (ordered.length * (ordered.length + 1)) / 2;
  let draw = randomInt(rng, 1, total);
  for (let i = 0; i < ordered.length; i++) {
    draw -= ordered.length - i;
    if (draw <= 0) return ordered[i];
  }
  return ordered[ordered.length - 1];
}

/** A year off by one, a number a little off, or "not sure": wrong text when no distractor exists. */
function madeUpWrongText(question: Question): string[] {
  if (question.type !== "cloze" && question.type !== "typed") return [];
  const accepted = question.accepted[0];
  if (!accepted) return ["not sure"];
  if (accepted.kind === "date") {
    const form = accepted.forms[0] ?? accepted.iso;
    const year = Number(/\d{4}/.exec(form)?.[0] ?? NaN);
    return Number.isFinite(year)
      ? [form.replace(String(year), String(year + 1)), form.replace(String(year), String(year - 1))]
      : ["not sure"];
  }
  if (accepted.kind === "number")
    return [String(accepted.value + (accepted.value >= 10 ? 10 : 1)), String(Math.max(0, accepted.value - 1))];
  return [...accepted.nearMisses, "not sure"];
}

/** The right response, in the shape the client sends. */
export function rightAnswer(question: Question): unknown {
  switch (question.type) {
    case "multiple_choice":
      return question.answerIndex;
    case "true_false":
      return question.truth;
    case "cloze":
    case "typed":
      return question.accepted[0]?.forms[0] ?? question.answer;
    case "ordering":
      return question.correctOrder;
    case "matching":
      return question.pairs;
  }
}

/** A wrong response (graded by the caller: a made-up one might still happen to be right). */
export function wrongAnswer(question: Question, pool: WrongTextPool, seed: number, rng: Rng): unknown {
  switch (question.type) {
    case "multiple_choice":
      return (
        favoured(
          question.choices.map((_, i) => i).filter((i) => i !== question.answerIndex),
          question,
          seed,
          rng,
        ) ?? 0
      );
    case "true_false":
      return !question.truth;
    case "cloze":
    case "typed": {
      const options = pool.get(factKey(question)) ?? madeUpWrongText(question);
      const text = favoured(options, question, seed, rng) ?? "not sure";
      // Some students type in lower case; the dashboard folds case when grouping.
      return randomInt(rng, 0, 3) === 0 ? text.toLowerCase() : text;
    }
    case "ordering": {
      // Two neighbours swapped: the classic near-miss.
      const order = [...question.correctOrder];
      const i = favoured([...order.keys()].slice(0, -1), question, seed, rng) ?? 0;
      [order[i], order[i + 1]] = [order[i + 1] as string, order[i] as string];
      return order;
    }
    case "matching": {
      const pairs = question.pairs.map((p) => ({ ...p }));
      const i = favoured([...pairs.keys()].slice(0, -1), question, seed, rng) ?? 0;
      const a = pairs[i];
      const b = pairs[i + 1];
      if (a && b) [a.right, b.right] = [b.right, a.right];
      return pairs;
    }
  }
}
