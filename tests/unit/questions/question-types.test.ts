import { describe, expect, it } from "vitest";
import {
  generateQuestionBank,
  gradeAnswer,
  type ClozeQuestion,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  type OrderingQuestion,
  type Question,
  type TrueFalseQuestion,
  type TypedQuestion,
} from "@/lib/questions";
import { factQuestionId } from "@/lib/questions/ids";
import { fixture } from "./fixture";

const bank = generateQuestionBank(fixture, { seed: 1 });
const byId = (id: string) => {
  const q = bank.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const ofType = <T extends Question["type"]>(type: T) => bank.filter((q): q is Extract<Question, { type: T }> => q.type === type);

describe("multiple choice", () => {
  const q = byId(factQuestionId("multiple_choice", "hun-manet-kishida-security-talks", "who")) as MultipleChoiceQuestion;

  it("asks the fact's question with the answer and three distractors", () => {
    expect(q.type).toBe("multiple_choice");
    expect(q.prompt).toBe("Which Cambodian prime minister met Kishida in Tokyo in December 2023?");
    expect(q.answer).toBe("Hun Manet");
    expect(q.choices).toHaveLength(4);
    expect(q.choices[q.answerIndex]).toBe("Hun Manet");
    expect(q.choices).not.toContain("Fumio Kishida"); // named in the prompt
    expect(q.explanation).toMatch(/August 2023/);
    expect(q.sources[0]).toEqual({
      id: "japan-cambodia-bolster-security",
      title: "Japan, Cambodia to bolster security cooperation",
      publisher: "Kyodo News",
      publishedOn: "2023-12-19",
    });
    expect(q.eventIds).toEqual(["hun-manet-kishida-security-talks"]);
    expect(q.tags).toEqual(["diplomacy", "security", "defence", "china"]);
  });

  it("prefers distractors of the same group (other heads of government)", () => {
    const heads = ["Hun Sen", "Shinzo Abe", "Narendra Modi", "Fumio Kishida"];
    for (const choice of q.choices) if (choice !== q.answer) expect(heads).toContain(choice);
  });

  it("grades by index or by choice text", () => {
    const wrong = (q.answerIndex + 1) % 4;
    expect(gradeAnswer(q, q.answerIndex)).toEqual({ correct: true, expected: "Hun Manet" });
    expect(gradeAnswer(q, wrong)).toEqual({ correct: false, expected: "Hun Manet" });
    expect(gradeAnswer(q, "hun manet").correct).toBe(true);
    expect(gradeAnswer(q, q.choices[wrong] ?? "").correct).toBe(false);
    expect(gradeAnswer(q, 7).correct).toBe(false);
    expect(gradeAnswer(q, null).correct).toBe(false);
  });

  it("is not emitted without three good distractors", () => {
    // Only two Japanese ships exist and both are correct answers.
    expect(bank.some((x) => x.id === factQuestionId("multiple_choice", "japanese-ships-visit-sihanoukville", "ship"))).toBe(false);
    // The Peace Palace is the only venue: places only get distractors of their own group.
    expect(bank.some((x) => x.id === factQuestionId("multiple_choice", "kishida-hun-sen-phnom-penh-talks", "venue"))).toBe(false);
    // The fact is still asked as typed and cloze.
    expect(bank.some((x) => x.id === factQuestionId("typed", "japanese-ships-visit-sihanoukville", "ship"))).toBe(true);
    expect(bank.some((x) => x.id === factQuestionId("cloze", "kishida-hun-sen-phnom-penh-talks", "venue"))).toBe(true);
  });

  it("never offers an alsoCorrect answer or a notDistractors entity", () => {
    const abstained = byId(factQuestionId("multiple_choice", "unga-resolution-on-ukraine", "abstained")) as MultipleChoiceQuestion;
    expect(abstained.choices).not.toContain("Laos");
    expect(abstained.choices).not.toContain("Russia");
    expect(abstained.choices).not.toContain("Ukraine");
  });

  it("renders dates and numbers in choices by precision and style", () => {
    const coup = byId(factQuestionId("multiple_choice", "myanmar-military-coup", "date")) as MultipleChoiceQuestion;
    for (const c of coup.choices) expect(c).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const aid = byId(factQuestionId("multiple_choice", "japan-aid-since-1993", "amount")) as MultipleChoiceQuestion;
    for (const c of aid.choices) expect(c).toMatch(/^US\$\d+(\.\d+)? billion$/);
    const anniversary = byId(factQuestionId("multiple_choice", "hayashi-sokhonn-phone-call", "seventieth")) as MultipleChoiceQuestion;
    for (const c of anniversary.choices) expect(c).toMatch(/^\d+0th anniversary$/);
  });
});

describe("true/false", () => {
  const all = ofType("true_false");

  it("has both polarities, with distinct ids for the two variants of a fact", () => {
    expect(all.some((q) => q.truth)).toBe(true);
    expect(all.some((q) => !q.truth)).toBe(true);
    const both = all.filter((q) => all.some((o) => o.id !== q.id && o.eventIds[0] === q.eventIds[0] && o.factId === q.factId));
    expect(both.length).toBeGreaterThan(0);
  });

  it("states the truth with the answer and a falsehood with a distractor", () => {
    const t = byId(factQuestionId("true_false", "hun-manet-kishida-security-talks", "who", "true")) as TrueFalseQuestion;
    expect(t.statement).toBe("In December 2023, Cambodian Prime Minister Hun Manet met Kishida in Tokyo.");
    // The card's type label says "True or false"; the prompt is the bare statement.
    expect(t.prompt).toBe(t.statement);
    expect(t.truth).toBe(true);
    expect(t.answer).toBe("True");
    const f = byId(factQuestionId("true_false", "hun-manet-kishida-security-talks", "who", "false")) as TrueFalseQuestion;
    expect(f.truth).toBe(false);
    expect(f.answer).toBe("False");
    expect(f.statement).not.toContain("Hun Manet");
    expect(f.statement).toMatch(/^In December 2023, Cambodian Prime Minister .+ met Kishida in Tokyo\.$/);
    expect(f.explanation).toContain(t.statement);
  });

  it("never repeats the type label in the prompt, nor a true statement in its explanation", () => {
    for (const q of all as TrueFalseQuestion[]) {
      expect(q.prompt, q.id).toBe(q.statement);
      expect(q.prompt, q.id).not.toMatch(/^true or false/i);
      // A false statement's explanation corrects it with the true one; a true one's goes straight to why.
      expect(q.explanation, q.id).toMatch(q.truth ? /^True\. / : /^False\. /);
      if (q.truth) expect(q.explanation, q.id).not.toContain(q.statement);
    }
    const t = byId(factQuestionId("true_false", "hun-manet-kishida-security-talks", "who", "true")) as TrueFalseQuestion;
    const f = byId(factQuestionId("true_false", "hun-manet-kishida-security-talks", "who", "false")) as TrueFalseQuestion;
    expect(t.explanation).toBe(`True. ${f.explanation.slice(`False. ${t.statement} `.length)}`);
  });

  it("grades booleans only", () => {
    const f = all.find((q) => !q.truth) as TrueFalseQuestion;
    expect(gradeAnswer(f, false)).toEqual({ correct: true, expected: "False" });
    expect(gradeAnswer(f, true)).toEqual({ correct: false, expected: "False" });
    expect(gradeAnswer(f, "false").correct).toBe(false);
  });
});

describe("cloze", () => {
  const q = byId(factQuestionId("cloze", "unga-resolution-on-ukraine", "votes")) as ClozeQuestion;

  it("blanks the answer in the statement", () => {
    expect(q.prompt).toBe("The resolution condemning Russia's aggression was adopted with ____ in favour.");
    expect(q.text).toBe(q.prompt);
    expect(q.answer).toBe("141 countries");
    expect(q.answerKind).toBe("number");
    expect(q.accepted[0]).toMatchObject({ kind: "number", value: 141 });
  });

  it("grades leniently, reporting what the answer was taken as", () => {
    expect(gradeAnswer(q, "141")).toEqual({ correct: true, expected: "141 countries" });
    expect(gradeAnswer(q, "one hundred forty-one")).toEqual({ correct: true, expected: "141 countries", accepted: "141 countries" });
    expect(gradeAnswer(q, "140").correct).toBe(false);
    expect(gradeAnswer(q, 141).correct).toBe(false);
  });

  it("keeps the sentence's own unit word out of the answer", () => {
    const years = byId(factQuestionId("cloze", "japan-asean-commemorative-summit", "years")) as ClozeQuestion;
    expect(years.prompt).toBe("The special summit marked ____ years of Japan-ASEAN friendship and cooperation.");
    expect(years.answer).toBe("50");
    expect(gradeAnswer(years, "50").correct).toBe(true);
    expect(gradeAnswer(years, "fifty").correct).toBe(true);
  });
});

describe("typed", () => {
  it("accepts aliases, typos and alsoCorrect answers, and rejects near misses", () => {
    const who = byId(factQuestionId("typed", "hun-manet-kishida-security-talks", "who")) as TypedQuestion;
    expect(who.prompt).toBe("Which Cambodian prime minister met Kishida in Tokyo in December 2023?");
    expect(who.answerKind).toBe("entity");
    expect(gradeAnswer(who, "Hun Manet")).toEqual({ correct: true, expected: "Hun Manet" });
    expect(gradeAnswer(who, "hun manett")).toEqual({ correct: true, expected: "Hun Manet", accepted: "Hun Manet" });
    expect(gradeAnswer(who, "Hun Sen").correct).toBe(false);
    const abstained = byId(factQuestionId("typed", "unga-resolution-on-ukraine", "abstained")) as TypedQuestion;
    expect(gradeAnswer(abstained, "Vietnam").correct).toBe(true);
    expect(gradeAnswer(abstained, "Viet Nam")).toEqual({ correct: true, expected: "Vietnam", accepted: "Vietnam" });
    expect(gradeAnswer(abstained, "Lao PDR")).toEqual({ correct: true, expected: "Vietnam" });
    expect(gradeAnswer(abstained, "laos")).toEqual({ correct: true, expected: "Vietnam" });
    expect(gradeAnswer(abstained, "Thailand").correct).toBe(false);
  });

  it("grades dates in any common form at the answer's precision", () => {
    const when = byId(factQuestionId("typed", "russia-invades-ukraine", "date")) as TypedQuestion;
    expect(when.answer).toBe("24 February 2022");
    expect(gradeAnswer(when, "2022-02-24")).toEqual({ correct: true, expected: "24 February 2022", accepted: "24 February 2022" });
    expect(gradeAnswer(when, "Feb 24, 2022").correct).toBe(true);
    expect(gradeAnswer(when, "February 2022").correct).toBe(false);
    const month = byId(factQuestionId("typed", "abe-hun-sen-first-meeting", "when")) as TypedQuestion;
    expect(gradeAnswer(month, "Jun 2007").correct).toBe(true);
    expect(gradeAnswer(month, "2007").correct).toBe(false);
  });

  it("is not asked when the question would give the answer away", () => {
    // No typed or multiple-choice question names its own answer (checked bank-wide in properties.test.ts).
    for (const q of [...ofType("typed"), ...ofType("multiple_choice")]) {
      expect(q.prompt.toLowerCase()).not.toContain(q.answer.toLowerCase());
    }
  });
});

describe("ordering", () => {
  const all = ofType("ordering");

  it("asks for 3–5 strictly ordered events, shown out of order", () => {
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) {
      expect(q.prompt).toBe("Put these events in the order they happened, earliest first.");
      expect(q.items.length).toBeGreaterThanOrEqual(3);
      expect(q.items.length).toBeLessThanOrEqual(5);
      expect(q.items.map((i) => i.id)).not.toEqual(q.correctOrder);
      expect(q.answer.split(" → ")).toHaveLength(q.items.length);
      expect(Object.keys(q.dates).sort()).toEqual([...q.correctOrder].sort());
      expect(q.explanation).toContain(q.dates[q.correctOrder[0] ?? ""] ?? "missing");
    }
  });

  it("never puts a month-dated event with a day in the same month", () => {
    // "2022-01" (month) and events of January 2022 cannot be strictly ordered; the year-dated
    // background events never appear at all.
    for (const q of all) {
      expect(q.correctOrder).not.toContain("paris-peace-agreements-signed");
      expect(q.correctOrder).not.toContain("japan-pacifist-constitution");
    }
  });

  it("grades the exact order only", () => {
    const q = all[0] as OrderingQuestion;
    expect(gradeAnswer(q, q.correctOrder)).toEqual({ correct: true, expected: q.answer });
    expect(gradeAnswer(q, [...q.correctOrder].reverse()).correct).toBe(false);
    expect(gradeAnswer(q, q.correctOrder.slice(1)).correct).toBe(false);
    expect(gradeAnswer(q, "nope").correct).toBe(false);
  });
});

describe("matching", () => {
  const all = ofType("matching");

  it("offers people ↔ roles, events ↔ years and places ↔ events", () => {
    expect(new Set(all.map((q) => q.matchKind))).toEqual(new Set(["person-role", "event-year", "place-event"]));
  });

  it("never pairs two people with the same role in one question", () => {
    for (const q of all.filter((x) => x.matchKind === "person-role")) {
      const ids = q.left.map((l) => l.id);
      expect(ids.includes("hun-sen") && ids.includes("hun-manet")).toBe(false);
    }
  });

  it("never pairs two people whose roles could be confused", () => {
    // "Former Prime Minister of Japan" (Abe) and "Prime Minister of Japan" (Kishida) overlap.
    for (const q of all.filter((x) => x.matchKind === "person-role")) {
      const ids = q.left.map((l) => l.id);
      expect(ids.includes("shinzo-abe") && ids.includes("fumio-kishida")).toBe(false);
    }
  });

  it("never lets a place's event also have happened at another listed place", () => {
    for (const q of all.filter((x) => x.matchKind === "place-event")) {
      for (const pair of q.pairs) {
        const event = fixture.events.find((e) => e.slug === pair.right);
        const others = q.left.map((l) => l.id).filter((id) => id !== pair.left);
        expect(event?.places).toContain(pair.left);
        for (const other of others) expect(event?.places).not.toContain(other);
      }
    }
  });

  it("has one-to-one pairs and a shuffled right column", () => {
    for (const q of all) {
      expect(q.pairs).toHaveLength(q.left.length);
      expect(new Set(q.pairs.map((p) => p.right)).size).toBe(q.pairs.length);
      expect(q.right.map((r) => r.id)).not.toEqual(q.pairs.map((p) => p.right));
      expect(q.answer.split("; ")).toHaveLength(q.pairs.length);
    }
  });

  it("uses distinct years in events ↔ years", () => {
    for (const q of all.filter((x) => x.matchKind === "event-year")) {
      expect(new Set(q.right.map((r) => r.label)).size).toBe(q.right.length);
      for (const r of q.right) expect(r.label).toMatch(/^\d{4}$/);
    }
  });

  it("grades complete, correct pairings only", () => {
    const q = all[0] as MatchingQuestion;
    expect(gradeAnswer(q, q.pairs)).toEqual({ correct: true, expected: q.answer });
    expect(gradeAnswer(q, [...q.pairs].reverse()).correct).toBe(true);
    const [a, b, ...rest] = q.pairs;
    if (!a || !b) throw new Error("too few pairs");
    const swapped = [{ left: a.left, right: b.right }, { left: b.left, right: a.right }, ...rest];
    expect(gradeAnswer(q, swapped).correct).toBe(false);
    expect(gradeAnswer(q, q.pairs.slice(1)).correct).toBe(false);
    expect(gradeAnswer(q, [...q.pairs.slice(1), q.pairs[1]]).correct).toBe(false);
    expect(gradeAnswer(q, { wrong: true }).correct).toBe(false);
  });
});

describe("difficulty", () => {
  it("follows the documented heuristic", () => {
    const d = (type: Question["type"], slug: string, fact: string, variant?: string) =>
      byId(factQuestionId(type as "typed", slug, fact, variant)).difficulty;
    expect(d("true_false", "hun-manet-kishida-security-talks", "who", "true")).toBe(1);
    expect(d("multiple_choice", "hun-manet-kishida-security-talks", "who")).toBe(2);
    expect(d("typed", "hun-manet-kishida-security-talks", "who")).toBe(3);
    expect(d("typed", "russia-invades-ukraine", "date")).toBe(5); // recall of a day
    expect(d("multiple_choice", "unga-resolution-on-ukraine", "votes")).toBe(3); // number
    expect(d("typed", "japan-aid-since-1993", "amount")).toBe(5); // number in a background event
    expect(d("multiple_choice", "japan-pacifist-constitution", "which-country")).toBe(3); // background
  });
});
