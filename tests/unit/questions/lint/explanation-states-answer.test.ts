import { describe, expect, it } from "vitest";
import { explanationStatesAnswer } from "@/lib/questions/lint/explanation-states-answer";
import { findings, ordering, typed } from "./helpers";

const prompt = "In what year were the Paris Peace Agreements on Cambodia concluded?";

describe("explanation-states-answer", () => {
  it("flags an explanation that never gives the date it asks for", () => {
    const q = typed("paris-agreements", "year", prompt, "1991", {
      explanation: "A settlement signed in Paris closed Cambodia's years of war.",
    });
    expect(findings(explanationStatesAnswer, [q])).toEqual(['never states the answer "1991"']);
  });

  it("passes an explanation that states the answer first", () => {
    const q = typed("paris-agreements", "year", prompt, "1991", {
      explanation: "The Paris Peace Agreements on Cambodia were concluded in 1991. They closed years of war.",
    });
    expect(findings(explanationStatesAnswer, [q])).toEqual([]);
  });

  it("wants every item's date in an ordering explanation", () => {
    const dates = { "paris-agreements": "1991", "kishida-hun-sen-talks": "20 March 2022" };
    const missing = ordering(Object.keys(dates), dates, { explanation: "Paris Peace Agreements (1991) → talks in Phnom Penh" });
    expect(findings(explanationStatesAnswer, [missing])).toEqual(["does not give the date of kishida-hun-sen-talks (20 March 2022)"]);
    const full = ordering(Object.keys(dates), dates, {
      explanation: "Paris Peace Agreements (1991) → talks in Phnom Penh (20 March 2022)",
    });
    expect(findings(explanationStatesAnswer, [full])).toEqual([]);
  });
});
