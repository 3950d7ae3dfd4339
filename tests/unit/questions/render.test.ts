import { describe, expect, it } from "vitest";
import { indexDataset, renderAnswer, renderDate, renderNumber, renderQuantity } from "@/lib/questions";
import { explanationBelowAnswer } from "@/lib/questions/render/explanation";
import { blankStatement, fillPlaceholder, fillStatement } from "@/lib/questions/render/statement";
import { fixture } from "./fixture";

const index = indexDataset(fixture);

describe("renderDate", () => {
  it("renders each precision, never more precisely than known", () => {
    expect(renderDate({ iso: "2021-11-18", precision: "day" })).toBe("18 November 2021");
    expect(renderDate({ iso: "2022-03", precision: "month" })).toBe("March 2022");
    expect(renderDate({ iso: "2013", precision: "year" })).toBe("2013");
    expect(renderDate({ iso: "2022-01-01", precision: "day" })).toBe("1 January 2022");
  });
});

describe("renderNumber", () => {
  it("renders cardinals with grouping", () => {
    expect(renderNumber(141, "cardinal")).toBe("141");
    expect(renderNumber(3000, "cardinal")).toBe("3,000");
    expect(renderNumber(1234567, "cardinal")).toBe("1,234,567");
    expect(renderNumber(2.5, "cardinal")).toBe("2.5");
  });

  it("renders ordinals with the right suffix", () => {
    expect(renderNumber(70, "ordinal")).toBe("70th");
    expect(renderNumber(1, "ordinal")).toBe("1st");
    expect(renderNumber(22, "ordinal")).toBe("22nd");
    expect(renderNumber(33, "ordinal")).toBe("33rd");
    expect(renderNumber(11, "ordinal")).toBe("11th");
    expect(renderNumber(113, "ordinal")).toBe("113th");
  });

  it("renders dollars in millions and billions", () => {
    expect(renderNumber(2.8e9, "usd")).toBe("US$2.8 billion");
    expect(renderNumber(3e9, "usd")).toBe("US$3 billion");
    expect(renderNumber(450e6, "usd")).toBe("US$450 million");
    expect(renderNumber(12000, "usd")).toBe("US$12,000");
  });

  it("adds the unit for choices, except for money", () => {
    expect(renderQuantity(141, "countries", "cardinal")).toBe("141 countries");
    expect(renderQuantity(70, "anniversary", "ordinal")).toBe("70th anniversary");
    expect(renderQuantity(2.8e9, "US dollars", "usd")).toBe("US$2.8 billion");
    expect(renderQuantity(7, "", "cardinal")).toBe("7");
  });
});

describe("renderAnswer", () => {
  it("renders each answer kind", () => {
    expect(renderAnswer({ kind: "entity", entity: "hun-sen" }, index)).toBe("Hun Sen");
    expect(renderAnswer({ kind: "date", date: { iso: "2022-03", precision: "month" } }, index)).toBe("March 2022");
    expect(renderAnswer({ kind: "number", value: 185, unit: "crew", style: "cardinal" }, index)).toBe("185 crew");
    expect(renderAnswer({ kind: "text", text: "electoral reform", aliases: [], distractors: [] }, index)).toBe("electoral reform");
  });
});

describe("statements", () => {
  it("fills the placeholder, capitalising at the start of a sentence", () => {
    expect(fillPlaceholder("{answer} abstained.", "vietnam")).toBe("Vietnam abstained.");
    expect(fillPlaceholder("It rained. {answer} stayed.", "they")).toBe("It rained. They stayed.");
    expect(fillPlaceholder("They launched {answer}.", "a dialogue")).toBe("They launched a dialogue.");
  });

  it("drops a number's unit when the sentence already says it", () => {
    const value = { kind: "number", value: 50, unit: "years", style: "cardinal" } as const;
    expect(fillStatement("The summit marked {answer} years of ties.", value, index)).toBe("The summit marked 50 years of ties.");
    expect(fillStatement("It lasted {answer}.", value, index)).toBe("It lasted 50 years.");
    const ordinal = { kind: "number", value: 30, unit: "anniversary", style: "ordinal" } as const;
    expect(fillStatement("2022 marked the {answer} anniversary.", ordinal, index)).toBe("2022 marked the 30th anniversary.");
    expect(fillStatement("2022 marked the {answer}.", ordinal, index)).toBe("2022 marked the 30th anniversary.");
  });

  it("blanks the answer", () => {
    expect(blankStatement("Kishida met {answer} in Tokyo.")).toBe("Kishida met ____ in Tokyo.");
  });
});

describe("explanationBelowAnswer", () => {
  it("drops a true/false verdict that the answer line above already gives", () => {
    expect(explanationBelowAnswer("False. The visit came in 2013.", "False")).toBe("The visit came in 2013.");
    expect(explanationBelowAnswer("True. It was their second meeting.", "True")).toBe("It was their second meeting.");
  });

  it("leaves any other explanation whole", () => {
    expect(explanationBelowAnswer("False. The visit came in 2013.", "True")).toBe("False. The visit came in 2013.");
    expect(explanationBelowAnswer("Falsely reported at first.", "False")).toBe("Falsely reported at first.");
    expect(explanationBelowAnswer("2013 was the year of the visit.", "2013")).toBe("2013 was the year of the visit.");
    expect(explanationBelowAnswer("Why it matters.", "")).toBe("Why it matters.");
  });
});
