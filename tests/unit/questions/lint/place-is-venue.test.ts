import { describe, expect, it } from "vitest";
import { placeIsVenue } from "@/lib/questions/lint/place-is-venue";
import { findings, placeMatching } from "./helpers";

describe("place-is-venue", () => {
  it("flags a sea paired with a statement about it, and a place that is not the event's venue", () => {
    const q = placeMatching([
      ["south-china-sea", "maritime-stance-2013"],
      ["tokyo", "kishida-hun-sen-talks"],
    ]);
    expect(findings(placeIsVenue, [q])).toEqual([
      'South China Sea ↔ "Japan and Cambodia back rules for the South China Sea": a statement is about a sea, not held in one',
      'Tokyo ↔ "Kishida and Hun Sen hold talks in Phnom Penh": the place is not one of the event\'s venues',
    ]);
  });

  it("passes places paired with what happened there", () => {
    const q = placeMatching([
      ["tokyo", "abe-state-funeral"],
      ["phnom-penh", "kishida-hun-sen-talks"],
    ]);
    expect(findings(placeIsVenue, [q])).toEqual([]);
  });
});
