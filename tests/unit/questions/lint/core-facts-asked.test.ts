import { describe, expect, it } from "vitest";
import { generateQuestionBank } from "@/lib/questions";
import { coreFactsAsked } from "@/lib/questions/lint/core-facts-asked";
import { findings, lintDataset } from "./helpers";

describe("core-facts-asked", () => {
  const bank = generateQuestionBank(lintDataset);

  it("flags a core fact that no question asks any more", () => {
    const withoutParis = bank.filter((q) => !q.eventIds.includes("paris-agreements"));
    expect(findings(coreFactsAsked, withoutParis)).toEqual(["a core fact no question asks"]);
  });

  it("passes when every core fact is asked, even if a detail is not", () => {
    expect(findings(coreFactsAsked, bank)).toEqual([]);
    const withoutDetail = bank.filter((q) => !("factId" in q && q.factId === "capacity"));
    expect(findings(coreFactsAsked, withoutDetail)).toEqual([]);
  });
});
