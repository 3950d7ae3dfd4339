import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { applySetEdit, type SetEdit } from "@/lib/teaching/set-items";

const PARAMS = { seed: 7, numRuns: 200 };

/** A set's ids (distinct, never empty) and the index of one question in it. */
const setWithIndexArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 })
  .chain((ids) => fc.record({ ids: fc.constant(ids), at: fc.nat({ max: ids.length - 1 }) }));

const refusal = (ids: string[], edit: SetEdit) => {
  try {
    applySetEdit(ids, edit);
  } catch (error) {
    return error instanceof DomainError ? error.message : `unexpected ${String(error)}`;
  }
  return "no refusal";
};

describe("applySetEdit", () => {
  const ids = ["a", "b", "c"];

  it("moves a question one place up or down, adds at the end, removes in place", () => {
    expect(applySetEdit(ids, { op: "up", questionId: "b" })).toEqual(["b", "a", "c"]);
    expect(applySetEdit(ids, { op: "down", questionId: "b" })).toEqual(["a", "c", "b"]);
    expect(applySetEdit(ids, { op: "add", questionId: "d" })).toEqual(["a", "b", "c", "d"]);
    expect(applySetEdit(ids, { op: "remove", questionId: "b" })).toEqual(["a", "c"]);
    expect(ids).toEqual(["a", "b", "c"]); // the input is never modified
  });

  it("refuses edits that change nothing or would empty the set, saying why", () => {
    expect(refusal(ids, { op: "up", questionId: "a" })).toBe("Nothing to change.");
    expect(refusal(ids, { op: "down", questionId: "c" })).toBe("Nothing to change.");
    expect(refusal(ids, { op: "add", questionId: "a" })).toBe("That question is already in the set.");
    expect(refusal(ids, { op: "remove", questionId: "z" })).toBe("That question is no longer in the set. Reload the page.");
    expect(refusal(ids, { op: "up", questionId: "z" })).toBe("That question is no longer in the set. Reload the page.");
    expect(refusal(["a"], { op: "remove", questionId: "a" })).toBe("A set needs at least one question: delete the set instead.");
  });

  it("a move is a permutation that changes exactly two neighbouring positions", () => {
    fc.assert(
      fc.property(setWithIndexArb, fc.constantFrom<"up" | "down">("up", "down"), ({ ids, at }, op) => {
        const questionId = ids[at] ?? "";
        const movable = op === "up" ? at > 0 : at < ids.length - 1;
        if (!movable) {
          expect(refusal(ids, { op, questionId })).toBe("Nothing to change.");
          return;
        }
        const moved = applySetEdit(ids, { op, questionId });
        expect([...moved].sort()).toEqual([...ids].sort());
        const changed = moved.flatMap((id, index) => (id === ids[index] ? [] : [index]));
        expect(changed).toEqual(op === "up" ? [at - 1, at] : [at, at + 1]);
        expect(moved.indexOf(questionId)).toBe(op === "up" ? at - 1 : at + 1);
      }),
      PARAMS,
    );
  });

  it("moving up then down (or down then up) is the identity", () => {
    fc.assert(
      fc.property(setWithIndexArb, ({ ids, at }) => {
        const questionId = ids[at] ?? "";
        if (at > 0) expect(applySetEdit(applySetEdit(ids, { op: "up", questionId }), { op: "down", questionId })).toEqual(ids);
        if (at < ids.length - 1) expect(applySetEdit(applySetEdit(ids, { op: "down", questionId }), { op: "up", questionId })).toEqual(ids);
      }),
      PARAMS,
    );
  });

  it("adding a new question then removing it is the identity; removing keeps the others in order", () => {
    fc.assert(
      fc.property(setWithIndexArb, ({ ids, at }) => {
        const fresh = `new-${ids.join("")}`; // longer than any id, so never in the set
        expect(applySetEdit(applySetEdit(ids, { op: "add", questionId: fresh }), { op: "remove", questionId: fresh })).toEqual(ids);
        const questionId = ids[at] ?? "";
        if (ids.length > 1) expect(applySetEdit(ids, { op: "remove", questionId })).toEqual(ids.filter((id) => id !== questionId));
      }),
      PARAMS,
    );
  });

  it("never produces an empty set or a duplicate", () => {
    fc.assert(
      fc.property(
        setWithIndexArb,
        fc.constantFrom(...(["up", "down", "remove", "add"] as const)),
        fc.string({ maxLength: 6 }),
        ({ ids, at }, op, other) => {
          const questionId = op === "add" ? other : (ids[at] ?? "");
          let next: string[];
          try {
            next = applySetEdit(ids, { op, questionId });
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            return;
          }
          expect(next.length).toBeGreaterThan(0);
          expect(new Set(next).size).toBe(next.length);
        },
      ),
      PARAMS,
    );
  });
});
