/** Generator behaviours issue 11 added: constraint-aware options, readable fills, suppression, honest timelines. */
import { describe, expect, it } from "vitest";
import { datasetSchema } from "@/lib/events/schema";
import { buildQuestionBank, indexDataset, renderAnswer } from "@/lib/questions";
import { pickDistractors } from "@/lib/questions/distractors";
import { rngFor } from "@/lib/questions/random";
import { renderProseNumber, renderProseQuantity } from "@/lib/questions/render/number";
import { fillPlaceholder } from "@/lib/questions/render/statement";
import { lintDataset, lintDatasetInput } from "./lint/helpers";

const index = indexDataset(lintDataset);

function factNamed(slug: string, id: string) {
  const fact = lintDataset.events.find((e) => e.slug === slug)?.facts.find((f) => f.id === id);
  if (!fact) throw new Error(`${slug}/${id} missing`);
  return fact;
}

describe("distractors meet the prompt's constraints", () => {
  it("offers only Japanese organisations for 'Which Japanese organisation…'", () => {
    const fact = factNamed("sdf-dispatch", "force");
    for (const seed of [1, 2, 3, 4, 5]) {
      const picked = pickDistractors({ index, fact, context: fact.question, rng: rngFor(seed, "t") }, 3);
      expect(picked.map((a) => renderAnswer(a, index))).toEqual(["Ministry of Foreign Affairs of Japan"]);
    }
  });

  it("offers nobody for a killed former prime minister when the dataset has no other", () => {
    const fact = factNamed("abe-state-funeral", "honoured");
    expect(pickDistractors({ index, fact, context: fact.question, rng: rngFor(1, "t") }, 3)).toEqual([]);
  });
});

describe("filled statements read as written", () => {
  it("makes a/an agree with the value and never doubles 'the'", () => {
    expect(fillPlaceholder("Cambodia is a {answer} member.", "ASEAN")).toBe("Cambodia is an ASEAN member.");
    expect(fillPlaceholder("It was an {answer} step.", "UN")).toBe("It was a UN step.");
    expect(fillPlaceholder("A {answer} ally.", "American")).toBe("An American ally.");
    expect(fillPlaceholder("Japan is an ally of the {answer}.", "the United States")).toBe("Japan is an ally of the United States.");
  });

  it("writes numbers below ten in words, and larger ones in digits", () => {
    expect(renderProseQuantity(2, "ships", "cardinal")).toBe("two ships");
    expect(renderProseQuantity(2, "meeting", "ordinal")).toBe("second meeting");
    expect(renderProseQuantity(141, "countries", "cardinal")).toBe("141 countries");
    expect(renderProseNumber(70, "ordinal")).toBe("70th");
    expect(renderProseNumber(2.8e9, "usd")).toBe("US$2.8 billion");
  });
});

describe("the bank leaves out what the dataset suppresses, and says why", () => {
  it("drops a suppressed variant and reports it with its reason", () => {
    const input = structuredClone(lintDatasetInput);
    const fact = input.events[0]?.facts[0];
    if (!fact) throw new Error("fixture changed");
    fact.suppress = [{ type: "cloze", reason: "A reason long enough to be recorded." }];
    const report = buildQuestionBank(datasetSchema.parse(input));
    expect(report.questions.some((q) => q.type === "cloze" && q.eventIds[0] === "paris-agreements")).toBe(false);
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        type: "cloze",
        eventSlug: "paris-agreements",
        factId: "year",
        reason: "A reason long enough to be recorded.",
      }),
    ]);
    expect(report.questions.some((q) => q.type === "typed" && q.eventIds[0] === "paris-agreements")).toBe(true);
  });
});

describe("timelines use only dates that are facts about time", () => {
  it("never puts a reported condition or a planned event in an ordering or year question", () => {
    const { questions } = buildQuestionBank(lintDataset);
    const timed = questions.filter((q) => q.type === "ordering" || (q.type === "matching" && q.matchKind === "event-year"));
    expect(timed.length).toBeGreaterThan(0);
    for (const q of timed) expect(q.eventIds).not.toContain("china-builds-islands");
  });
});
