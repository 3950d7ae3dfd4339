import { describe, expect, it } from "vitest";
import { orderingDatesSupported } from "@/lib/questions/lint/ordering-dates-supported";
import { findings, ordering } from "./helpers";

describe("ordering-dates-supported", () => {
  it("flags an ongoing condition dated by the report that mentions it, and dates that overlap", () => {
    const q = ordering(["abe-state-funeral", "china-builds-islands"], {
      "abe-state-funeral": "27 September 2022",
      "china-builds-islands": "December 2023",
    });
    expect(findings(orderingDatesSupported, [q])).toEqual([
      "china-builds-islands is an ongoing condition dated by the report that mentions it",
    ]);
    const overlap = ordering(["japan-pledges-2013", "maritime-stance-2013"], {});
    expect(findings(orderingDatesSupported, [overlap])).toEqual([
      "japan-pledges-2013 and maritime-stance-2013 cannot be told apart in time",
    ]);
  });

  it("passes events with their own, strictly ordered dates", () => {
    const q = ordering(["japan-pledges-2013", "kishida-hun-sen-talks", "abe-state-funeral"], {});
    expect(findings(orderingDatesSupported, [q])).toEqual([]);
  });
});
