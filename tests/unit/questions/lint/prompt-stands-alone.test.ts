import { describe, expect, it } from "vitest";
import { danglingReferences, promptStandsAlone } from "@/lib/questions/lint/prompt-stands-alone";
import { findings, typed } from "./helpers";

describe("prompt-stands-alone", () => {
  it("flags references to things the card never names", () => {
    expect(danglingReferences("How did Cambodia vote on the resolution?")).toEqual(["the resolution"]);
    expect(danglingReferences("What did the two foreign ministers agree to resume?")).toEqual(["the two foreign ministers"]);
    expect(danglingReferences("Whose rise did the 2013 analysis name as reshaping the region?")).toEqual(["the 2013 analysis"]);
    expect(danglingReferences("Which field, given this anniversary, did they pick?")).toEqual(["this anniversary"]);
    expect(danglingReferences("How many crew were aboard the two Japanese ships?")).toEqual(["the two Japanese ships"]);
    const q = typed("paris-agreements", "year", "When was the settlement concluded?", "1991");
    expect(findings(promptStandsAlone, [q])).toEqual(['"the settlement" is never named on the card']);
  });

  it("passes references that carry a name, in them or right after them", () => {
    expect(danglingReferences("How did Cambodia vote on the UN General Assembly resolution of March 2022?")).toEqual([]);
    expect(danglingReferences("What did Cambodia say about the resolution condemning Russia's aggression?")).toEqual([]);
    expect(danglingReferences("Which ministry reported the call between Prak Sokhonn and Yoshimasa Hayashi?")).toEqual([]);
    expect(danglingReferences("Both ministers said the five-point consensus should be implemented.", ["five-point consensus"])).toEqual([
      "Both ministers",
    ]);
    const q = typed("paris-agreements", "year", "In what year were the Paris Peace Agreements on Cambodia concluded?", "1991");
    expect(findings(promptStandsAlone, [q])).toEqual([]);
  });
});
