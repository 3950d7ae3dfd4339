import { describe, expect, it } from "vitest";
import { loadDataset } from "@/db/seed/dataset";
import { generateQuestionBank, type Question } from "@/lib/questions";
import { itemIdOf } from "@/lib/questions/items";
import { findReveals } from "@/lib/questions/lint/set-reveals";
import { MAX_DETAIL_SHARE, pickSetQuestions } from "@/lib/questions/pick-set";
import { studyOrder } from "@/lib/questions/study-order";

const bank: Question[] = generateQuestionBank(loadDataset());

describe("importance in the study order", () => {
  const ordered = studyOrder(bank);

  it("introduces every core question before any supporting one, and details last", () => {
    const ranks = ordered.map((q) => ["core", "supporting", "detail"].indexOf(q.importance));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ordered.slice(0, 20).every((q) => q.importance === "core")).toBe(true);
  });

  it("still mixes the question types among the first new cards", () => {
    expect(new Set(ordered.slice(0, 12).map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
  });
});

describe("pickSetQuestions (auto-build)", () => {
  it("asks each fact once: never two faces of one knowledge item in a set", () => {
    for (const topic of new Set(bank.flatMap((q) => q.tags))) {
      const set = pickSetQuestions(
        bank.filter((q) => q.tags.includes(topic)),
        12,
      );
      const items = set.map((q) => itemIdOf(q));
      expect(new Set(items).size, topic).toBe(items.length);
    }
  });

  it("takes core first, keeps details within 15 % and leaves no answer given away", () => {
    for (const topic of ["diplomacy", "myanmar", "maritime", "peacekeeping"]) {
      const candidates = bank.filter((q) => q.tags.includes(topic));
      const set = pickSetQuestions(candidates, 20);
      expect(set.length, topic).toBe(20);
      expect(set.filter((q) => q.importance === "detail").length, topic).toBeLessThanOrEqual(20 * MAX_DETAIL_SHARE);
      expect(findReveals(set), topic).toEqual([]);
      expect(set[0]?.importance, topic).toBe("core");
    }
  }, 60_000);

  it("keeps details within 15 % even when the candidates are mostly details", () => {
    const details = bank.filter((q) => q.importance === "detail").slice(0, 30);
    // One core question from each of three events, so none gives another away.
    const core = ["paris-peace-agreements", "russia-invades-ukraine", "hun-manet-takes-office"].map(
      (slug) => bank.find((q) => q.importance === "core" && q.type === "typed" && q.eventIds[0] === slug) as Question,
    );
    const set = pickSetQuestions([...details, ...core], 20);
    expect(set.filter((q) => q.importance === "core")).toHaveLength(3);
    expect(set.filter((q) => q.importance === "detail").length).toBeLessThanOrEqual(set.length * MAX_DETAIL_SHARE);
  });
});
