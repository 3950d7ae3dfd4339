import { describe, expect, it } from "vitest";
import { datasetSchema } from "@/lib/events/schema";
import { buildQuestionBank, generateQuestionBank, type Question } from "@/lib/questions";
import { factQuestionId, groupQuestionId } from "@/lib/questions/ids";
import { bankViolations } from "./invariants";
import { extraEvent, fixture, fixtureInput } from "./fixture";

const bank = generateQuestionBank(fixture, { seed: 1 });
const sortedIds = (b: Question[]) => b.map((q) => q.id).sort();
const displayOrder = (q: Question) =>
  q.type === "multiple_choice"
    ? q.choices
    : q.type === "ordering"
      ? q.items.map((i) => i.id)
      : q.type === "matching"
        ? q.right.map((r) => r.id)
        : [];

describe("generateQuestionBank", () => {
  it("produces every question type", () => {
    const counts = new Map<string, number>();
    for (const q of bank) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
    for (const type of ["multiple_choice", "true_false", "cloze", "typed", "ordering", "matching"]) {
      expect(counts.get(type) ?? 0, type).toBeGreaterThan(0);
    }
  });

  it("satisfies every bank invariant on the fixture", () => {
    expect(bankViolations(fixture, bank)).toEqual([]);
  });

  it("is deterministic: same dataset and seed give a deep-equal bank", () => {
    expect(generateQuestionBank(fixture, { seed: 1 })).toEqual(bank);
    expect(generateQuestionBank(structuredClone(fixture), { seed: 1 })).toEqual(bank);
    expect(generateQuestionBank(fixture, { seed: 99 })).toEqual(generateQuestionBank(fixture, { seed: 99 }));
  });

  it("defaults to seed 1", () => {
    expect(generateQuestionBank(fixture)).toEqual(bank);
  });

  it("with another seed keeps the same ids but changes the display order", () => {
    const other = generateQuestionBank(fixture, { seed: 2 });
    expect(sortedIds(other)).toEqual(sortedIds(bank));
    expect(other.map((q) => q.id)).toEqual(bank.map((q) => q.id));
    const moved = other.filter((q, i) => JSON.stringify(displayOrder(q)) !== JSON.stringify(displayOrder(bank[i] as Question)));
    expect(moved.length).toBeGreaterThan(bank.filter((q) => displayOrder(q).length > 0).length / 2);
    expect(bankViolations(fixture, other)).toEqual([]);
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(fixture);
    generateQuestionBank(fixture, { seed: 5 });
    expect(fixture).toEqual(copy);
  });

  it("derives ids from what the question is about", () => {
    expect(bank.some((q) => q.id === factQuestionId("typed", "russia-invades-ukraine", "date"))).toBe(true);
    const ordering = bank.find((q) => q.type === "ordering");
    if (ordering?.type !== "ordering") throw new Error("no ordering question");
    expect(ordering.id).toBe(groupQuestionId("ordering", "timeline", ordering.correctOrder));
  });

  it("keeps the other questions' ids when an event is added", () => {
    const grown = datasetSchema.parse({ ...fixtureInput, events: [...fixtureInput.events, extraEvent] });
    const after = generateQuestionBank(grown, { seed: 1 });
    const afterIds = new Set(after.map((q) => q.id));
    const factIds = bank.filter((q) => "factId" in q).map((q) => q.id);
    for (const id of factIds) expect(afterIds.has(id), id).toBe(true);
    expect(after.filter((q) => q.eventIds.includes(extraEvent.slug)).length).toBeGreaterThan(0);
    // Group questions: those not touching the new event's topics mostly survive.
    const groupIds = bank.filter((q) => !("factId" in q)).map((q) => q.id);
    const kept = groupIds.filter((id) => afterIds.has(id));
    expect(kept.length).toBeGreaterThanOrEqual(groupIds.length / 2);
    expect(bankViolations(grown, after)).toEqual([]);
  });

  it("keeps ids when events are reordered in the dataset", () => {
    const reversed = { ...fixture, events: [...fixture.events].reverse() };
    expect(sortedIds(generateQuestionBank(reversed, { seed: 1 }))).toEqual(sortedIds(bank));
  });

  it("reports what it skipped and why", () => {
    const { skipped } = buildQuestionBank(fixture, { seed: 1 });
    expect(skipped).toContainEqual({
      type: "multiple_choice",
      eventSlug: "japanese-ships-visit-sihanoukville",
      factId: "ship",
      reason: "only 0 good distractor(s) of the answer's kind",
    });
  });

  it("does not ask a question whose prompt names its answer", () => {
    const leaky = datasetSchema.parse({
      ...fixtureInput,
      events: [
        {
          ...extraEvent,
          facts: [
            {
              id: "leak",
              ask: "where",
              question: "Which country, Cambodia, hosted the summit?",
              statement: "Cambodia's capital is where {answer} hosted the summit.",
              answer: { kind: "entity", entity: "cambodia" },
            },
          ],
        },
      ],
    });
    const { questions, skipped } = buildQuestionBank(leaky);
    expect(questions.filter((q) => q.type === "typed" || q.type === "multiple_choice" || q.type === "cloze")).toEqual([]);
    expect(skipped.map((s) => s.type).sort()).toEqual(["cloze", "multiple_choice", "typed"]);
    // True/false still asks it: its statement is meant to contain the answer.
    expect(questions.some((q) => q.type === "true_false")).toBe(true);
  });

  it("does not ask a free-text answer too long to type as typed or cloze", () => {
    const long = datasetSchema.parse({
      ...fixtureInput,
      events: [
        {
          ...extraEvent,
          facts: [
            {
              id: "long",
              ask: "what",
              question: "What did the summit's final document call for?",
              statement: "The summit's final document called for {answer}.",
              answer: {
                kind: "text",
                text: "a lasting and comprehensive settlement of every outstanding regional dispute",
                distractors: ["an end to tariffs", "a common currency", "a new secretariat"],
              },
            },
          ],
        },
      ],
    });
    const { questions, skipped } = buildQuestionBank(long);
    expect(questions.map((q) => q.type).sort()).toEqual(["multiple_choice", "true_false", "true_false"]);
    expect(skipped.map((s) => s.type).sort()).toEqual(["cloze", "typed"]);
    expect(skipped[0]?.reason).toMatch(/add a short alias/);
  });

  it("guarantees both true/false polarities when the dataset allows", () => {
    for (const slug of fixture.events.map((e) => e.slug)) {
      const one = { ...fixture, events: fixture.events.filter((e) => e.slug === slug) };
      const tf = generateQuestionBank(one).filter((q) => q.type === "true_false");
      expect(
        tf.some((q) => q.type === "true_false" && q.truth),
        slug,
      ).toBe(true);
      if (slug !== "japanese-ships-visit-sihanoukville") {
        expect(
          tf.some((q) => q.type === "true_false" && !q.truth),
          slug,
        ).toBe(true);
      }
    }
  });
});
