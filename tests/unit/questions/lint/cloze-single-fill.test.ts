import { describe, expect, it } from "vitest";
import { datasetSchema } from "@/lib/events/schema";
import { clozeSingleFill } from "@/lib/questions/lint/cloze-single-fill";
import { cloze, findings, lintDatasetInput } from "./helpers";

describe("cloze-single-fill", () => {
  it("flags a blank that another listed pledge could fill", () => {
    const q = cloze("japan-pledges-2013", "mines", "In November 2013 Japan pledged to support ____ in Cambodia.", "landmine clearance");
    expect(findings(clozeSingleFill, [q])).toEqual([
      '"Cambodian peacekeepers" (fact capacity) is listed beside the answer in the event summary and may fill the blank too',
    ]);
  });

  it("flags a blank framed as one item of a list, and one with several declared answers", () => {
    const listed = cloze(
      "japan-pledges-2013",
      "mines",
      "Japan pledged support in areas such as ____ and Cambodian peacekeepers.",
      "landmine clearance",
    );
    expect(findings(clozeSingleFill, [listed])).toEqual(["the blank is one item of a list"]);
    const input = structuredClone(lintDatasetInput);
    const fact = input.events[4]?.facts[0];
    if (fact) fact.alsoCorrect = [{ kind: "entity", entity: "china" }];
    const several = cloze(
      "maritime-stance-2013",
      "sea",
      "In November 2013 Japan and Cambodia said disputes in the ____ should be settled peacefully.",
      "South China Sea",
    );
    expect(findings(clozeSingleFill, [several], datasetSchema.parse(input))).toEqual([
      "the blank takes 2 true answers (alsoCorrect): ask one that has a single fill",
    ]);
  });

  it("passes a blank only one fact can fill, or whose sibling the text already names", () => {
    const single = cloze("paris-agreements", "year", "The Paris Peace Agreements on Cambodia were concluded in ____.", "1991");
    const named = cloze(
      "japan-pledges-2013",
      "mines",
      "Besides Cambodian peacekeepers, Japan pledged in November 2013 to support ____.",
      "landmine clearance",
    );
    expect(findings(clozeSingleFill, [single, named])).toEqual([]);
  });
});
