import { describe, expect, it } from "vitest";
import { distractorFitsPrompt } from "@/lib/questions/lint/distractor-fits-prompt";
import { findings, multipleChoice } from "./helpers";

const prompt = "Which Japanese organisation joined a UN peacekeeping operation for the first time in Cambodia?";

describe("distractor-fits-prompt", () => {
  it("flags an option that breaks the prompt's nationality and kind", () => {
    const q = multipleChoice("sdf-dispatch", "force", prompt, [
      "Self-Defense Forces",
      "Royal Cambodian Navy",
      "Ministry of Foreign Affairs of Japan",
      "ASEAN",
    ]);
    const found = findings(distractorFitsPrompt, [q]);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/Royal Cambodian Navy.*not of Japan/);
    expect(found[1]).toMatch(/ASEAN.*not of Japan/);
  });

  it("passes options that are all Japanese organisations", () => {
    const q = multipleChoice("sdf-dispatch", "force", prompt, ["Self-Defense Forces", "Ministry of Foreign Affairs of Japan"]);
    expect(findings(distractorFitsPrompt, [q])).toEqual([]);
  });

  it("flags a trait the option lacks and an answer that breaks its own prompt", () => {
    const honoured = "Which killed former Japanese prime minister was given a state funeral in Tokyo in September 2022?";
    expect(
      findings(distractorFitsPrompt, [multipleChoice("abe-state-funeral", "honoured", honoured, ["Shinzo Abe", "Fumio Kishida"])]),
    ).toEqual([
      'option "Fumio Kishida" is not "former", is not "killed", but the prompt asks for a "killed former japanese prime minister"',
    ]);
    const wrongPrompt = "Which Cambodian organisation joined a UN peacekeeping operation for the first time in Cambodia?";
    expect(
      findings(distractorFitsPrompt, [
        multipleChoice("sdf-dispatch", "force", wrongPrompt, ["Self-Defense Forces", "Royal Cambodian Navy"]),
      ])[0],
    ).toMatch(/the answer "Self-Defense Forces" is not of Cambodia/);
  });

  it("flags a date option of another precision, and passes dates of the same precision", () => {
    const when = "In what year were the Paris Peace Agreements on Cambodia concluded?";
    expect(
      findings(distractorFitsPrompt, [multipleChoice("paris-agreements", "year", when, ["1991", "March 1992", "1990", "1993"])]),
    ).toEqual(['option "March 1992" is not a date of the answer\'s precision (year)']);
    expect(findings(distractorFitsPrompt, [multipleChoice("paris-agreements", "year", when, ["1991", "1992", "1990", "1993"])])).toEqual(
      [],
    );
  });
});
