import { describe, expect, it } from "vitest";
import {
  generateQuestionBank,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  type OrderingQuestion,
  type Question,
} from "@/lib/questions";
import { foldTypedAnswer, pickReadable, readableAnswer } from "@/lib/teaching/readable-answer";
import { fixture } from "../questions/fixture";

const bank = generateQuestionBank(fixture);
function pick<T extends Question>(type: T["type"]): T {
  const q = bank.find((x) => x.type === type);
  if (!q) throw new Error(`fixture bank has no ${type}`);
  return q as T;
}
const mc = pick<MultipleChoiceQuestion>("multiple_choice");
const tf = pick("true_false");
const typed = pick("typed");
const cloze = pick("cloze");
const ordering = pick<OrderingQuestion>("ordering");
const matching = pick<MatchingQuestion>("matching");

describe("readableAnswer", () => {
  it("shows the chosen choice's text for multiple choice", () => {
    expect(readableAnswer(mc, 0)).toBe(mc.choices[0]);
    expect(readableAnswer(mc, 3)).toBe(mc.choices[3]);
    expect(readableAnswer(mc, 9)).toBe("Choice 10");
    expect(readableAnswer(mc, " 1989 ")).toBe("1989");
  });

  it("says True or False", () => {
    expect(readableAnswer(tf, true)).toBe("True");
    expect(readableAnswer(tf, false)).toBe("False");
  });

  it("trims and lower-cases typed text, as the dashboard's SQL groups it", () => {
    expect(readableAnswer(typed, "  Hun SEN \n")).toBe("hun sen");
    expect(readableAnswer(cloze, "Phnom Penh")).toBe("phnom penh");
    expect(foldTypedAnswer("\tÉcole ")).toBe("école");
  });

  it("joins ordering labels with arrows in the student's order", () => {
    const [a, b, c, d] = ordering.correctOrder;
    const label = (id: string | undefined) => ordering.items.find((i) => i.id === id)?.label;
    expect(readableAnswer(ordering, [b, a, c, d])).toBe([label(b), label(a), label(c), label(d)].join(" → "));
    expect(readableAnswer(ordering, ["gone-event"])).toBe("gone-event");
  });

  it("lists matching pairs in the question's left order, whatever order they were sent in", () => {
    const [p0, p1, p2] = matching.pairs;
    if (!p0 || !p1 || !p2) throw new Error("three pairs expected");
    const swapped = [
      { left: p2.left, right: p2.right },
      { left: p1.left, right: p0.right },
      { left: p0.left, right: p1.right },
    ];
    const l = (id: string) => matching.left.find((x) => x.id === id)?.label;
    const r = (id: string) => matching.right.find((x) => x.id === id)?.label;
    expect(readableAnswer(matching, swapped)).toBe(
      `${l(p0.left)}: ${r(p1.right)}; ${l(p1.left)}: ${r(p0.right)}; ${l(p2.left)}: ${r(p2.right)}`,
    );
    expect(readableAnswer(matching, [{ left: "x", right: "y" }])).toBe("x: y");
  });

  it("falls back to JSON for a response of the wrong shape", () => {
    expect(readableAnswer(tf, "yes")).toBe("yes");
    expect(readableAnswer(ordering, [1, 2])).toBe("[1,2]");
    expect(readableAnswer(matching, { left: "a" })).toBe('{"left":"a"}');
    expect(readableAnswer(mc, null)).toBe("null");
  });
});

describe("pickReadable", () => {
  it("breaks a tie by the readable text in code-unit order", () => {
    // "Zebra" < "apple" in code units (upper case first), whatever the locale says.
    const q: MultipleChoiceQuestion = { ...mc, choices: ["apple", "Zebra", "mango", "kiwi"], answerIndex: 2 };
    expect(pickReadable(q, [0, 1, 3])).toBe("Zebra");
    expect(pickReadable(q, [3, 0])).toBe("apple");
    expect(pickReadable(q, [])).toBeNull();
  });
});
