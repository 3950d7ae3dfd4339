import { describe, expect, it } from "vitest";
import { promptConstraints } from "@/lib/questions/constraints";
import { indexDataset } from "@/lib/questions/dataset-index";
import { lintDataset } from "./helpers";

const index = indexDataset(lintDataset);

describe("promptConstraints", () => {
  it("reads the noun, demonym, membership and traits of a which-phrase", () => {
    expect(promptConstraints("Which Japanese organisation first joined a UN mission?", index)).toEqual({
      phrase: "japanese organisation",
      noun: "organisation",
      country: "japan",
      traits: [],
    });
    expect(promptConstraints("Which ASEAN country abstained on the vote?", index)).toMatchObject({ noun: "country", memberOf: "asean" });
    expect(promptConstraints("Which killed former Japanese prime minister was honoured?", index)).toMatchObject({
      noun: "prime minister",
      country: "japan",
      traits: ["former", "killed"],
    });
    expect(promptConstraints("In which cities did they meet?", index)).toMatchObject({ noun: "city", traits: [] });
  });

  it("finds nothing when the which-phrase names no known noun", () => {
    expect(promptConstraints("Who hosted the talks?", index)).toBeUndefined();
    expect(promptConstraints("What did Kishida say?", index)).toBeUndefined();
    expect(promptConstraints("Which of these did Japan pledge?", index)).toBeUndefined();
  });
});
