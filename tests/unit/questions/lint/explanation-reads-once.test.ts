import { describe, expect, it } from "vitest";
import { explanationReadsOnce, longestSharedRun, REPEATED_RUN_WORDS, sentencesOf } from "@/lib/questions/lint/explanation-reads-once";
import { findings, multipleChoice, trueFalse } from "./helpers";

const prompt = "Which Cambodian leader did Shinzo Abe hold talks with during his November 2013 visit?";
const choices = ["Hun Sen", "Fumio Kishida", "Shinzo Abe", "Cambodia"];

describe("explanation-reads-once", () => {
  it("flags an explanation whose why opens by restating the answer in other words", () => {
    const q = multipleChoice("kishida-hun-sen-talks", "city", prompt, choices, {
      explanation:
        "During his November 2013 visit to Cambodia, Shinzo Abe held talks with Hun Sen. Shinzo Abe held talks with Hun Sen in Cambodia, the pair's second meeting. The trip aimed to draw the two governments closer.",
    });
    expect(findings(explanationReadsOnce, [q])).toEqual(['says "shinzo abe held talks with hun sen" twice']);
  });

  it("passes the same answer followed by new information", () => {
    const q = multipleChoice("kishida-hun-sen-talks", "city", prompt, choices, {
      explanation:
        "During his November 2013 visit to Cambodia, Shinzo Abe held talks with Hun Sen. The two had first met in Tokyo in June 2007.",
    });
    expect(findings(explanationReadsOnce, [q])).toEqual([]);
  });

  it("counts a true true/false statement as read, but not a false one", () => {
    const why = "Shinzo Abe held talks with Hun Sen in Cambodia, the pair's second meeting.";
    const truth = trueFalse("kishida-hun-sen-talks", "city", "Shinzo Abe held talks with Hun Sen in Cambodia on 16 November 2013.", true, {
      explanation: `True. ${why}`,
    });
    expect(findings(explanationReadsOnce, [truth])).toEqual(['says "shinzo abe held talks with hun sen in cambodia" twice']);
    // The false statement on the card is what the student is told not to believe: the explanation
    // corrects it and may share its wording.
    const lie = trueFalse("kishida-hun-sen-talks", "city", "Shinzo Abe held talks with Hun Sen in Cambodia on 16 November 2012.", false, {
      explanation: "False. Shinzo Abe held talks with Hun Sen in Cambodia on 16 November 2013. The two had first met in Tokyo in 2007.",
    });
    expect(findings(explanationReadsOnce, [lie])).toEqual([]);
  });

  it("passes ordinary shared phrasing shorter than six words", () => {
    expect(REPEATED_RUN_WORDS).toBe(6);
    const explained = (explanation: string) =>
      multipleChoice("kishida-hun-sen-talks", "city", "In which city did Fumio Kishida and Hun Sen meet in March 2022?", ["Phnom Penh"], {
        explanation,
      });
    const five = "Fumio Kishida and Hun Sen met in Phnom Penh in March 2022. Their talks in Phnom Penh in March were about Ukraine.";
    expect(findings(explanationReadsOnce, [explained(five)])).toEqual([]);
    const six = "Fumio Kishida and Hun Sen met in Phnom Penh in March 2022. Their talks in Phnom Penh in March 2022 were about Ukraine.";
    expect(findings(explanationReadsOnce, [explained(six)])).toEqual(['says "in phnom penh in march 2022" twice']);
  });
});

describe("sentencesOf", () => {
  it("splits after a full stop followed by a capital or a digit", () => {
    expect(sentencesOf("Japan pledged help. 3,000 youths were invited! Why? “Friendship,” he said.")).toEqual([
      "Japan pledged help.",
      "3,000 youths were invited!",
      "Why?",
      "“Friendship,” he said.",
    ]);
  });

  it("does not split a decimal amount", () => {
    expect(sentencesOf("Japan lent ¥1.5 billion in 2023. By late 2013 it had committed US$2.8 billion.")).toEqual([
      "Japan lent ¥1.5 billion in 2023.",
      "By late 2013 it had committed US$2.8 billion.",
    ]);
  });
});

describe("longestSharedRun", () => {
  it("finds the longest run of consecutive words two texts share", () => {
    expect(
      longestSharedRun("In 1991 the Paris Peace Agreements ended the war.", "After the Paris Peace Agreements, Japan helped."),
    ).toEqual(["the", "paris", "peace", "agreements"]);
  });

  it("ignores case and punctuation", () => {
    expect(longestSharedRun("HUN SEN'S VISIT, to Tokyo", "hun sens visit to tokyo")).toEqual(["hun", "sens", "visit", "to", "tokyo"]);
  });

  it("is empty when the texts share no word", () => {
    expect(longestSharedRun("Japan pledged help.", "Cambodia asked.")).toEqual([]);
    expect(longestSharedRun("", "Cambodia asked.")).toEqual([]);
  });
});
