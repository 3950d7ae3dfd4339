import { describe, expect, it } from "vitest";
import { generateQuestionBank } from "@/lib/questions";
import { studyOrder } from "@/lib/questions/study-order";
import { fixture } from "../questions/fixture";

describe("studyOrder", () => {
  const bank = generateQuestionBank(fixture);
  const ordered = studyOrder(bank);

  it("keeps every question exactly once", () => {
    expect(ordered).toHaveLength(bank.length);
    expect(new Set(ordered.map((q) => q.id))).toEqual(new Set(bank.map((q) => q.id)));
  });

  it("puts one of each question type in the first six", () => {
    expect(new Set(ordered.slice(0, 6).map((q) => q.type)).size).toBe(6);
  });

  it("keeps bank order within each type", () => {
    for (const type of new Set(bank.map((q) => q.type))) {
      expect(ordered.filter((q) => q.type === type)).toEqual(bank.filter((q) => q.type === type));
    }
  });
});
