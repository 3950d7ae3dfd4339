import { describe, expect, it } from "vitest";
import { findSameFactGroups } from "@/lib/questions/lint/set-same-fact";
import { cloze, multipleChoice, ordering, trueFalse } from "./helpers";

const mcA = multipleChoice("visit", "when", "When did Abe visit?", ["2013", "2012"], { id: "q-mc-a" });
const tfA = trueFalse("visit", "when", "Abe visited in 2013.", true, { id: "q-tf-a" });
const clozeA = cloze("visit", "when", "Abe visited in ____.", "2013", { id: "q-cl-a" });
// Same fact id, another event: another fact.
const mcOtherEvent = multipleChoice("summit", "when", "When was the summit?", ["2015", "2016"], { id: "q-mc-b" });
const tfOtherFact = trueFalse("visit", "who", "Abe made the visit.", true, { id: "q-tf-c" });

describe("set-level check: two questions asking one fact", () => {
  it("groups the faces of one fact, in set order, and nothing else", () => {
    const groups = findSameFactGroups([mcA, mcOtherEvent, tfA, tfOtherFact, clozeA]);
    expect(groups.map((g) => g.map((q) => q.id))).toEqual([["q-mc-a", "q-tf-a", "q-cl-a"]]);
  });

  it("finds nothing when every fact is asked once, and never groups exercises", () => {
    const a = ordering(["visit", "summit"], { visit: "2013", summit: "2015" }, { id: "q-ord-a" });
    const b = ordering(["visit", "summit"], { visit: "2013", summit: "2015" }, { id: "q-ord-b" });
    expect(findSameFactGroups([mcA, mcOtherEvent, tfOtherFact, a, b])).toEqual([]);
  });
});
