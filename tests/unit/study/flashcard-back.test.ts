import { describe, expect, it } from "vitest";
import { generateQuestionBank } from "@/lib/questions";
import { sentencesOf, whySentence } from "@/lib/study/flashcard-back";
import { fixture } from "../questions/fixture";

describe("the back of a flashcard", () => {
  it("gives one sentence of why that does not restate the answer", () => {
    const q = {
      answer: "1991",
      explanation: "The Paris Peace Agreements were signed in 1991. They ended the Cambodian conflict. Japan later helped.",
    };
    expect(whySentence(q)).toBe("They ended the Cambodian conflict.");
  });

  it("gives nothing when every sentence restates the answer", () => {
    expect(whySentence({ answer: "Hun Sen", explanation: "Hun Sen met Kishida. Hun Sen spoke first." })).toBeNull();
  });

  it("splits sentences at full stops followed by a capital, not inside numbers or initials", () => {
    expect(sentencesOf("It cost US$2.8 billion. Then it ended.")).toEqual(["It cost US$2.8 billion.", "Then it ended."]);
  });

  it("never prints the answer twice on any flashcard face of the bank", () => {
    const bank = generateQuestionBank(fixture).filter((q) => q.type === "typed" || q.type === "multiple_choice" || q.type === "cloze");
    for (const q of bank) {
      const why = whySentence(q);
      if (why) expect(why.toLowerCase().includes(q.answer.toLowerCase()), `${q.id}: ${why}`).toBe(false);
    }
  });
});
