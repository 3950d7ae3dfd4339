import { describe, expect, it } from "vitest";
import { matchesAnswer, type AcceptedAnswer } from "@/lib/questions";
import { editDistance } from "@/lib/questions/matching/edit-distance";
import { compareText, typoAllowance } from "@/lib/questions/matching/fuzzy-text";
import { containsPhrase, normalizeText } from "@/lib/questions/matching/normalize";
import { parseDateResponse } from "@/lib/questions/matching/parse-date";
import { parseNumberResponse } from "@/lib/questions/matching/parse-number";

const text = (forms: string[], nearMisses: string[] = []): AcceptedAnswer => ({ kind: "text", forms, nearMisses });
const day: AcceptedAnswer = { kind: "date", iso: "2022-02-24", precision: "day", forms: ["24 February 2022"] };
const month: AcceptedAnswer = { kind: "date", iso: "2022-03", precision: "month", forms: ["March 2022"] };
const year: AcceptedAnswer = { kind: "date", iso: "2013", precision: "year", forms: ["2013"] };
const votes: AcceptedAnswer = { kind: "number", value: 141, unit: "countries", style: "cardinal", forms: ["141 countries", "141"] };
const seventieth: AcceptedAnswer = {
  kind: "number",
  value: 70,
  unit: "anniversary",
  style: "ordinal",
  forms: ["70th anniversary", "70th"],
};
const aid: AcceptedAnswer = { kind: "number", value: 2.8e9, unit: "US dollars", style: "usd", forms: ["US$2.8 billion"] };

describe("normalizeText", () => {
  it("ignores case, accents, punctuation, extra spaces and a leading article", () => {
    expect(normalizeText("  The  Shinzō   ABE! ")).toBe("shinzo abe");
    expect(normalizeText("Hun Sen's")).toBe("hun sens");
    expect(normalizeText("minister-level")).toBe("minister level");
    expect(normalizeText("an ASEAN plan")).toBe("asean plan");
  });

  it("finds whole phrases only, possessives included", () => {
    expect(containsPhrase("Japan's pacifist constitution", "Japan")).toBe(true);
    expect(containsPhrase("Japanese ships", "Japan")).toBe(false);
    expect(containsPhrase("met Hun Sen in Tokyo", "hun sen")).toBe(true);
  });
});

describe("edit distance and typo allowance", () => {
  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("kishida", "kihsida")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("scales with length", () => {
    expect(typoAllowance(3)).toBe(0);
    expect(typoAllowance(4)).toBe(1);
    expect(typoAllowance(7)).toBe(1);
    expect(typoAllowance(8)).toBe(2);
  });

  it("never forgives a wrong digit", () => {
    expect(compareText("G8", "G7")).toBeNull();
    expect(compareText("Indo-Pacific Deployment 2022", "Indo-Pacific Deployment 2021")).toBeNull();
  });
});

describe("matchesAnswer: names and phrases", () => {
  const hunSen = text(["Hun Sen", "Samdech Hun Sen"], ["Hun Manet"]);

  it("accepts the canonical form however it is typed", () => {
    expect(matchesAnswer("hun sen", hunSen)).toEqual({ correct: true, matched: "Hun Sen", how: "exact" });
    expect(matchesAnswer("  HUN   SEN. ", hunSen).correct).toBe(true);
    expect(matchesAnswer("HunSen", hunSen).correct).toBe(true);
  });

  it("accepts aliases and says which one", () => {
    expect(matchesAnswer("samdech hun sen", hunSen)).toEqual({ correct: true, matched: "Samdech Hun Sen", how: "alias" });
  });

  it("accepts small typos, scaled by length", () => {
    expect(matchesAnswer("Fumio Kishdia", text(["Fumio Kishida"]))).toMatchObject({ correct: true, how: "typo" });
    expect(matchesAnswer("Fumoi Kisihda", text(["Fumio Kishida"]))).toMatchObject({ correct: true, how: "typo" });
    expect(matchesAnswer("Tokio", text(["Tokyo"]))).toMatchObject({ correct: true, how: "typo" });
    expect(matchesAnswer("Tkoi", text(["Tokyo"])).correct).toBe(false);
    expect(matchesAnswer("Naypyidaw", text(["Naypyitaw", "Nay Pyi Taw"])).correct).toBe(true);
  });

  it("accepts a swapped name order", () => {
    expect(matchesAnswer("Kishida Fumio", text(["Fumio Kishida"])).correct).toBe(true);
  });

  it("rejects near-miss wrong answers", () => {
    expect(matchesAnswer("Hun Manet", hunSen).correct).toBe(false);
    expect(matchesAnswer("Hun Sen", text(["Hun Manet"], ["Hun Sen"])).correct).toBe(false);
    expect(matchesAnswer("Hun", hunSen).correct).toBe(false);
    expect(matchesAnswer("Laos", text(["Lao PDR"])).correct).toBe(false);
    expect(matchesAnswer("Laos", text(["Laos", "Lao PDR"])).correct).toBe(true);
    expect(matchesAnswer("Lao PDR", text(["Laos", "Lao PDR"]))).toMatchObject({ correct: true, matched: "Lao PDR" });
    expect(matchesAnswer("Abe", text(["Abe"])).correct).toBe(true);
    expect(matchesAnswer("Abi", text(["Abe"])).correct).toBe(false);
    expect(matchesAnswer("Japan", text(["China"])).correct).toBe(false);
    expect(matchesAnswer("East China Sea", text(["South China Sea"])).correct).toBe(false);
  });

  it("does not let a typo reach a known near miss", () => {
    // "Hun Sena" is one edit from both; a tie goes to the wrong answer's side (rejected).
    const sen = text(["Hun Sen"], ["Hun Sena"]);
    expect(matchesAnswer("Hun Sena", sen).correct).toBe(false);
    expect(matchesAnswer("Hun Senn", text(["Hun Sen"], ["Hun Senna"])).correct).toBe(false);
    expect(matchesAnswer("Hun Senn", text(["Hun Sen"], ["Hun Manet"])).correct).toBe(true);
  });

  it("is lenient with phrases and their articles", () => {
    const dialogue = text(["a vice defence minister-level dialogue", "vice-ministerial defence dialogue"]);
    expect(matchesAnswer("vice defense minister level dialogue", dialogue).correct).toBe(true);
    expect(matchesAnswer("the vice defence minister-level dialogue", dialogue).correct).toBe(true);
    expect(matchesAnswer("a free trade agreement", dialogue).correct).toBe(false);
  });

  it("rejects empty and whitespace responses", () => {
    expect(matchesAnswer("", hunSen).correct).toBe(false);
    expect(matchesAnswer("   ", hunSen).correct).toBe(false);
    expect(matchesAnswer("the", text(["The Hague"])).correct).toBe(false);
  });
});

describe("matchesAnswer: dates", () => {
  it.each([
    "24 February 2022",
    "Feb 24, 2022",
    "2022-02-24",
    "24/2/2022",
    "February 24th 2022",
    "24th of February, 2022",
    "on Thursday 24 Feb 2022",
    "2/24/2022",
    "Febuary 24 2022",
  ])("accepts %s for a day-precision answer", (response) => {
    expect(matchesAnswer(response, day)).toEqual({ correct: true, matched: "24 February 2022", how: "date" });
  });

  it.each(["25 February 2022", "February 2022", "2022", "24 March 2022", "24/3/2022", "24 February 2021", "yesterday"])(
    "rejects %s for 24 February 2022",
    (response) => {
      expect(matchesAnswer(response, day).correct).toBe(false);
    },
  );

  it.each(["March 2022", "2022-03", "Mar 2022", "3/2022", "in March, 2022", "14 March 2022"])(
    "accepts %s for a month answer",
    (response) => {
      expect(matchesAnswer(response, month).correct).toBe(true);
    },
  );

  it("rejects a wrong or vaguer month", () => {
    expect(matchesAnswer("April 2022", month).correct).toBe(false);
    expect(matchesAnswer("2022", month).correct).toBe(false);
    expect(matchesAnswer("March 2021", month).correct).toBe(false);
  });

  it("accepts a year answer written as a year", () => {
    expect(matchesAnswer("2013", year).correct).toBe(true);
    expect(matchesAnswer("in 2013", year).correct).toBe(true);
    expect(matchesAnswer("2012", year).correct).toBe(false);
    expect(matchesAnswer("13", year).correct).toBe(false);
  });

  it("parses every valid reading of an ambiguous numeric date", () => {
    expect(parseDateResponse("3/4/2022")).toEqual([
      { year: 2022, month: 4, day: 3 },
      { year: 2022, month: 3, day: 4 },
    ]);
    expect(parseDateResponse("31/2/2022")).toEqual([]);
  });
});

describe("matchesAnswer: numbers", () => {
  it("matches exact numbers with or without the unit", () => {
    expect(matchesAnswer("141", votes)).toEqual({ correct: true, matched: "141", how: "number" });
    expect(matchesAnswer("141 nations", votes)).toEqual({ correct: true, matched: "141 countries", how: "number" });
    expect(matchesAnswer("141 countries", votes).correct).toBe(true);
    expect(matchesAnswer("one hundred and forty-one", votes).correct).toBe(true);
  });

  it("never accepts a nearby number or a list of guesses", () => {
    expect(matchesAnswer("140", votes).correct).toBe(false);
    expect(matchesAnswer("142 countries", votes).correct).toBe(false);
    expect(matchesAnswer("140 or 141", votes).correct).toBe(false);
    expect(matchesAnswer("many", votes).correct).toBe(false);
  });

  it("matches ordinals written as numbers, ordinals or words", () => {
    for (const response of ["70th", "70", "seventieth", "the 70th anniversary", "Seventieth anniversary"]) {
      expect(matchesAnswer(response, seventieth).correct, response).toBe(true);
    }
    expect(matchesAnswer("60th", seventieth).correct).toBe(false);
    expect(matchesAnswer("seventy-first", seventieth).correct).toBe(false);
  });

  it("matches money in its common spellings", () => {
    for (const response of ["2.8 billion", "$2.8bn", "US$2.8 billion", "USD 2.8 billion", "2,800 million", "2800000000", "2.8"]) {
      expect(matchesAnswer(response, aid).correct, response).toBe(true);
    }
    for (const response of ["2.7 billion", "$2.8 million", "28 billion", "US$3 billion"]) {
      expect(matchesAnswer(response, aid).correct, response).toBe(false);
    }
  });

  it("parses number words", () => {
    expect(parseNumberResponse("seven documents")).toEqual({ value: 7, ordinal: false, scaled: false });
    expect(parseNumberResponse("the thirtieth")).toEqual({ value: 30, ordinal: true, scaled: false });
    expect(parseNumberResponse("three thousand")).toEqual({ value: 3000, ordinal: false, scaled: true });
    expect(parseNumberResponse("north")).toBeNull();
  });
});

describe("matchesAnswer: several accepted answers", () => {
  it("accepts any alsoCorrect answer and reports which", () => {
    const ships = [text(["JS Uraga", "Uraga"]), text(["JS Hirado", "Hirado"])];
    expect(matchesAnswer("Hirado", ships)).toEqual({ correct: true, matched: "Hirado", how: "alias" });
    expect(matchesAnswer("JS Uraga", ships)).toMatchObject({ correct: true, matched: "JS Uraga" });
    expect(matchesAnswer("JS Izumo", ships).correct).toBe(false);
  });
});
