/**
 * The session plan (lib/study/session-plan.ts): one round per item, no give-aways, wrong answers
 * coming back. The give-away rule is property-tested with fast-check: for any queue and any run of
 * right and wrong answers, no card shown reveals the answer of an item still to come.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findGiveAway, givesAway } from "@/lib/questions/give-away";
import {
  afterAnswer,
  arrange,
  countReturns,
  MAX_RETURNS,
  planSession,
  RETURN_GAP,
  startOrder,
  type SessionOrder,
} from "@/lib/study/session-plan";

interface Card {
  itemId: string;
  reveals: string[];
  face: string;
}
const card = (itemId: string, reveals: string[] = [], face = `${itemId}-mc`): Card => ({ itemId, reveals, face });

/** Plays a session: answers[i] for the i-th card shown (missing = right). Returns the cards shown, in order. */
function play(cards: readonly Card[], answers: readonly boolean[]): { shown: Card[]; order: SessionOrder } {
  let session = startOrder(cards.length);
  const shown: Card[] = [];
  for (let step = 0; session.position < session.order.length && step < 500; step++) {
    const index = session.order[session.position] as number;
    // The rule at the moment a card is shown: nothing still to come is given away by it.
    const toCome = session.order.slice(session.position + 1).map((i) => cards[i] as Card);
    const current = cards[index] as Card;
    for (const later of toCome) expect(givesAway(current, later), `${current.itemId} reveals ${later.itemId}`).toBe(false);
    shown.push(current);
    session = afterAnswer(cards, session, answers[step] ?? true);
  }
  return { shown, order: session };
}

describe("planSession", () => {
  it("keeps one card per item, the first in queue order", () => {
    const plan = planSession([card("a"), card("b"), card("a", [], "a-tf"), card("c")]);
    expect(plan.map((c) => c.face)).toEqual(["a-mc", "b-mc", "c-mc"]);
  });

  it("holds a card back until the item it gives away has been asked", () => {
    // b's question shows a's answer: a first, then b at once; b never waits for the unrelated c.
    const plan = planSession([card("b", ["a"]), card("c"), card("a")]);
    expect(plan.map((c) => c.itemId)).toEqual(["a", "b", "c"]);
    // What a card waits for is pulled forward in turn: b waits for a, which waits for d.
    expect(arrange([card("b", ["a"]), card("c"), card("a", ["d"]), card("d")]).map((c) => c.itemId)).toEqual(["d", "a", "b", "c"]);
    expect(findGiveAway(plan)).toBeUndefined();
  });

  it("leaves out the later of two items that give each other away (and longer cycles)", () => {
    expect(planSession([card("a", ["b"]), card("b", ["a"]), card("c")]).map((c) => c.itemId)).toEqual(["a", "c"]);
    expect(planSession([card("a", ["b"]), card("b", ["c"]), card("c", ["a"])]).map((c) => c.itemId)).toEqual(["b", "a"]);
  });

  it("ignores a card revealing its own item", () => {
    expect(planSession([card("a", ["a"]), card("b")]).map((c) => c.itemId)).toEqual(["a", "b"]);
  });
});

describe("afterAnswer: relearning in the session", () => {
  const six = ["a", "b", "c", "d", "e", "f"].map((id) => card(id));

  it("brings a wrong card back RETURN_GAP cards later, and the progress total grows", () => {
    const session = afterAnswer(six, startOrder(six.length), false);
    expect(session.position).toBe(1);
    expect(session.order.map((i) => six[i]?.itemId)).toEqual(["a", "b", "c", "d", "a", "e", "f"]);
    expect(session.order.indexOf(0, 1) - session.position).toBe(RETURN_GAP);
    expect(countReturns(session)).toEqual({ items: 1, returns: 1 });
  });

  it("puts the return at the end when fewer cards are left", () => {
    const nearEnd: SessionOrder = { order: [0, 1, 2], position: 1, returns: {} };
    expect(afterAnswer(six, nearEnd, false).order).toEqual([0, 1, 2, 1]);
    // The last card answered wrong comes straight back.
    expect(afterAnswer(six, { order: [0, 1], position: 1, returns: {} }, false).order).toEqual([0, 1, 1]);
  });

  it("keeps asking until right, at most MAX_RETURNS times", () => {
    const { shown, order } = play([card("a")], Array<boolean>(10).fill(false));
    expect(shown).toHaveLength(1 + MAX_RETURNS);
    expect(countReturns(order)).toEqual({ items: 1, returns: MAX_RETURNS });
    const recovered = play([card("a"), card("b")], [false, true, true]);
    expect(recovered.shown.map((c) => c.itemId)).toEqual(["a", "b", "a"]);
  });

  it("holds back a card that gives away the returning item until it is answered", () => {
    // d shows a's answer; a was answered wrong and comes back after b, c, d — so d waits behind it.
    const cards = [card("a"), card("b"), card("c"), card("d", ["a"]), card("e")];
    const { shown } = play(cards, [false, true, true, true, true, true]);
    expect(shown.map((c) => c.itemId)).toEqual(["a", "b", "c", "a", "d", "e"]);
  });

  it("shows each card once when every answer is right", () => {
    expect(play(six, []).shown.map((c) => c.itemId)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
});

describe("the give-away rule, for any queue (fast-check)", () => {
  const items = ["i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7"];
  const queueArb = fc.array(
    fc.record({
      itemId: fc.constantFrom(...items),
      reveals: fc.subarray(items, { maxLength: 3 }),
      face: fc.constantFrom("mc", "tf", "cloze", "typed"),
    }),
    { maxLength: 14 },
  );

  it("plans one card per item and shows no card before an item it gives away, whatever the answers", () => {
    fc.assert(
      fc.property(queueArb, fc.array(fc.boolean(), { maxLength: 60 }), (queue, answers) => {
        const plan = planSession(queue);
        expect(new Set(plan.map((c) => c.itemId)).size).toBe(plan.length);
        expect(findGiveAway(plan)).toBeUndefined();
        const { shown } = play(plan, answers); // asserts the rule at every step
        // Every planned item is shown, and no item more than 1 + MAX_RETURNS times.
        for (const c of plan) {
          const times = shown.filter((s) => s.itemId === c.itemId).length;
          expect(times).toBeGreaterThanOrEqual(1);
          expect(times).toBeLessThanOrEqual(1 + MAX_RETURNS);
        }
        // The same face comes back: never two faces of one item in a session.
        for (const c of plan) expect(new Set(shown.filter((s) => s.itemId === c.itemId).map((s) => s.face)).size).toBe(1);
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it("arranges any acyclic set of cards so that none comes before an item it gives away", () => {
    fc.assert(
      fc.property(queueArb, (queue) => {
        const acyclic = planSession(queue);
        expect(findGiveAway(arrange([...acyclic].reverse()))).toBeUndefined();
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
