import { describe, expect, it } from "vitest";
import { typedWithoutChoices } from "@/lib/questions/lint/typed-without-choices";
import { cloze, findings, multipleChoice, typed } from "./helpers";

describe("typed-without-choices", () => {
  it("flags a typed prompt that offers choices it does not have", () => {
    const q = typed("japan-pledges-2013", "mines", "Which of these did Japan pledge to support in November 2013?", "landmine clearance");
    expect(findings(typedWithoutChoices, [q])).toEqual(['says "which of these" but offers no choices']);
  });

  it("passes the wording on a multiple-choice card and plain typed and cloze prompts", () => {
    const mc = multipleChoice("japan-pledges-2013", "mines", "Which of these did Japan pledge to support in November 2013?", [
      "landmine clearance",
    ]);
    const plain = typed(
      "japan-pledges-2013",
      "mines",
      "Name the clearance work Japan pledged in November 2013 to support in Cambodia.",
      "landmine clearance",
    );
    const blank = cloze("japan-pledges-2013", "mines", "In November 2013 Japan pledged to support ____ in Cambodia.", "landmine clearance");
    expect(findings(typedWithoutChoices, [mc, plain, blank])).toEqual([]);
  });
});
