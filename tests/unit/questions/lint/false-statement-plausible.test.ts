import { describe, expect, it } from "vitest";
import { falseStatementPlausible } from "@/lib/questions/lint/false-statement-plausible";
import { takesAn } from "@/lib/questions/lint/grammar";
import { findings, trueFalse } from "./helpers";

describe("false-statement-plausible", () => {
  it("flags a false statement whose swapped-in value breaks the fact's constraints", () => {
    const q = trueFalse(
      "abe-state-funeral",
      "honoured",
      "In September 2022 Japan gave the killed former prime minister Fumio Kishida a state funeral in Tokyo.",
      false,
    );
    expect(findings(falseStatementPlausible, [q])).toEqual([
      '"Fumio Kishida" is not "former", is not "killed": the fact is about a "killed former japanese prime minister"',
    ]);
  });

  it("passes a false statement that changes the year by one, and the true statement", () => {
    const wrongYear = trueFalse("paris-agreements", "year", "The Paris Peace Agreements on Cambodia were concluded in 1992.", false);
    const truth = trueFalse(
      "abe-state-funeral",
      "honoured",
      "In September 2022 Japan gave the killed former prime minister Shinzo Abe a state funeral in Tokyo.",
      true,
    );
    expect(findings(falseStatementPlausible, [wrongYear, truth])).toEqual([]);
  });

  it("flags an implausibly distant date and ungrammatical sentences", () => {
    const farYear = trueFalse("paris-agreements", "year", "The Paris Peace Agreements on Cambodia were concluded in 1953.", false);
    expect(findings(falseStatementPlausible, [farYear])).toEqual(['"1953" is 38 year(s) from the true date: implausible']);
    const clumsy = trueFalse("paris-agreements", "year", "the Paris Peace Agreements were were a ASEAN plan", true);
    expect(findings(falseStatementPlausible, [clumsy])).toEqual([
      '"a ASEAN" should be "an ASEAN"',
      'doubled word "were were"',
      "starts with a lower-case letter",
      "does not end with a full stop or question mark",
    ]);
  });

  it("knows which words take 'an'", () => {
    expect(["ASEAN", "SDF", "election", "hour", "8th", "11-day"].map(takesAn)).toEqual([true, true, true, true, true, true]);
    expect(["UN", "US", "union", "one-party", "peacekeeping", "70th"].map(takesAn)).toEqual([false, false, false, false, false, false]);
  });
});
