import { describe, expect, it } from "vitest";
import { noNearDuplicates } from "@/lib/questions/lint/no-near-duplicates";
import { findings, trueFalse, typed } from "./helpers";

describe("no-near-duplicates", () => {
  it("flags the same statement made from two facts, even with its words swapped", () => {
    const a = trueFalse(
      "japan-pledges-2013",
      "mines",
      "Japan supported Cambodia's Covid-19 response with vaccines and medical equipment.",
      true,
      { id: "q-aaaaaaaaaa" },
    );
    const b = trueFalse(
      "japan-pledges-2013",
      "capacity",
      "Japan supported Cambodia's Covid-19 response with medical equipment and vaccines.",
      true,
      { id: "q-bbbbbbbbbb" },
    );
    expect(findings(noNearDuplicates, [a, b])).toEqual([
      'duplicates q-aaaaaaaaaa ("Japan supported Cambodia\'s Covid-19 response with vaccines and medical equipment.")',
    ]);
  });

  it("passes variants of one fact, the same prompt in two types, and different questions", () => {
    const truth = trueFalse("paris-agreements", "year", "The Paris Peace Agreements were concluded in 1991.", true);
    const falsehood = trueFalse("paris-agreements", "year", "The Paris Peace Agreements were concluded in 1992.", false);
    const prompt = "In what year were the Paris Peace Agreements on Cambodia concluded?";
    const asTyped = typed("paris-agreements", "year", prompt, "1991");
    const other = typed("kishida-hun-sen-talks", "city", "In which city did Fumio Kishida and Hun Sen meet in March 2022?", "Phnom Penh");
    expect(findings(noNearDuplicates, [truth, falsehood, asTyped, other])).toEqual([]);
  });
});
