import { describe, expect, it } from "vitest";
import { loadDataset } from "@/db/seed/dataset";
import { generateQuestionBank, type Question } from "@/lib/questions";
import { findReveals, pickWithoutReveals, revealedAnswer } from "@/lib/questions/lint/set-reveals";
import { cloze, multipleChoice, trueFalse, typed } from "./helpers";

const vaccines = cloze(
  "covid-help",
  "vaccines",
  "Japan supported Cambodia's Covid-19 response with medical equipment and ____.",
  "vaccines",
  { id: "q-vaccines00" },
);
const equipment = cloze(
  "covid-help",
  "equipment",
  "Japan supported Cambodia's Covid-19 response with vaccines and ____.",
  "medical equipment",
  {
    id: "q-equipment0",
  },
);

describe("set-level rule: no question reveals another's answer", () => {
  it("finds the pair that gives each other away", () => {
    expect(findReveals([vaccines, equipment])).toEqual([
      { revealer: "q-vaccines00", revealed: "q-equipment0", form: "medical equipment" },
      { revealer: "q-equipment0", revealed: "q-vaccines00", form: "vaccines" },
    ]);
  });

  it("finds a true statement giving away the multiple-choice question of its own fact", () => {
    const statement = trueFalse("kishida-hun-sen-talks", "city", "Fumio Kishida and Hun Sen met in Phnom Penh in March 2022.", true, {
      id: "q-statement0",
    });
    const mc = multipleChoice(
      "kishida-hun-sen-talks",
      "city",
      "In which city did Fumio Kishida and Hun Sen meet in March 2022?",
      ["Phnom Penh", "Tokyo"],
      {
        id: "q-choice0000",
      },
    );
    expect(revealedAnswer(statement, mc)).toBe("Phnom Penh");
    expect(revealedAnswer(mc, statement)).toBeUndefined();
  });

  it("does not count a shared common word across unrelated events", () => {
    const chair = typed("cambodia-chairs-asean", "chair", "Which country chaired ASEAN in 2022?", "Cambodia", { id: "q-chair00000" });
    const paris = typed("paris-agreements", "year", "In what year were the Paris Peace Agreements on Cambodia concluded?", "1991", {
      id: "q-paris00000",
    });
    expect(findReveals([chair, paris])).toEqual([]);
  });

  it("picks a set in order, skipping what would give an answer away", () => {
    const other = typed("paris-agreements", "year", "In what year were the Paris Peace Agreements on Cambodia concluded?", "1991", {
      id: "q-paris00000",
    });
    expect(pickWithoutReveals([vaccines, equipment, other], 3).map((q) => q.id)).toEqual(["q-vaccines00", "q-paris00000"]);
    expect(pickWithoutReveals([vaccines, equipment, other], 1).map((q) => q.id)).toEqual(["q-vaccines00"]);
  });

  it("leaves no reveal in a set picked from the real bank", () => {
    const bank: Question[] = generateQuestionBank(loadDataset());
    const set = pickWithoutReveals(bank, 40);
    expect(set).toHaveLength(40);
    expect(findReveals(set)).toEqual([]);
    expect(findReveals(bank.slice(0, 40)).length).toBeGreaterThan(0);
  }, 60_000);
});
