import { describe, expect, it } from "vitest";
import { numberProblems, numbersReadNaturally } from "@/lib/questions/lint/numbers-read-naturally";
import { findings, trueFalse } from "./helpers";

describe("numbers-read-naturally", () => {
  it("flags '1st largest', digit ordinals and counts below ten, one with a plural, ungrouped thousands", () => {
    expect(numberProblems("Kin Phea called Japan the world's 1st largest economy.")).toEqual([
      '"1st largest" should be "largest"',
      'ordinal "1st" below ten should be written in words',
    ]);
    expect(numberProblems("It was their 2nd meeting; 2 ships came; 1 countries voted; 3000 youths went.")).toEqual([
      'ordinal "2nd" below ten should be written in words',
      '"1 countries" pairs one with a plural',
      'count "2" below ten should be written in words',
      '"3000" should be grouped with commas',
    ]);
    const q = trueFalse("paris-agreements", "year", "The talks were the 2nd meeting of the two leaders.", false);
    expect(findings(numbersReadNaturally, [q])).toEqual(['ordinal "2nd" below ten should be written in words']);
  });

  it("passes numbers written as a careful writer would", () => {
    expect(
      numberProblems(
        "Japan, the world's third-largest economy, invited 3,000 youths over five years; 141 countries voted on 14 March 2022; US$2.8 billion; the 77th session; 2013.",
      ),
    ).toEqual([]);
  });
});
