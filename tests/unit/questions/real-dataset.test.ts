import { describe, expect, it } from "vitest";
import { loadDataset } from "@/db/seed/dataset";
import { QUESTION_TYPES } from "@/lib/domain";
import { buildQuestionBank, generateQuestionBank } from "@/lib/questions";
import { bankViolations } from "./invariants";
import { describeBankProperties } from "./bank-properties";

const dataset = loadDataset();

describe("question bank on the real dataset", () => {
  const { questions, skipped } = buildQuestionBank(dataset, { seed: 1 });

  it("satisfies every bank invariant", () => {
    expect(bankViolations(dataset, questions)).toEqual([]);
  });

  it("has every question type and both true/false polarities", () => {
    for (const type of QUESTION_TYPES)
      expect(
        questions.some((q) => q.type === type),
        type,
      ).toBe(true);
    expect(questions.some((q) => q.type === "true_false" && q.truth)).toBe(true);
    expect(questions.some((q) => q.type === "true_false" && !q.truth)).toBe(true);
  });

  it("asks most facts as multiple choice (few lack distractors)", () => {
    const facts = dataset.events.reduce((n, e) => n + e.facts.length, 0);
    expect(questions.filter((q) => q.type === "multiple_choice").length).toBeGreaterThanOrEqual(facts * 0.9);
    expect(skipped.filter((s) => s.type === "typed" || s.type === "cloze")).toEqual([]);
  });

  it("is deterministic", () => {
    expect(generateQuestionBank(dataset, { seed: 1 })).toEqual(questions);
  });
});

describeBankProperties("real dataset", dataset, { seeds: 6, subsets: 12 });
