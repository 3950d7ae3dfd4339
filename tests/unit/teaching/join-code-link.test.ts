import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinCodeFromLink } from "@/lib/teaching/join-code";

describe("a join code taken from a link", () => {
  it("normalizes the way a typed code is", () => {
    expect(joinCodeFromLink(" k7p-2qx ")).toBe("K7P2QX");
  });

  it("never cuts a character in half, so the page can always build its sign-up link", () => {
    // One letter then astral characters: cutting at 12 UTF-16 units would leave a lone surrogate.
    const astral = "A\u{CC5BA}\u{DA707}\u{F7F8C}\u{D8A4A}\u{B3C1B}\u{C0816}\u{F9237}";
    expect(() => encodeURIComponent(joinCodeFromLink(astral))).not.toThrow();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (input) => {
        const code = joinCodeFromLink(input);
        expect(Array.from(code).length).toBeLessThanOrEqual(12);
        expect(() => encodeURIComponent(code)).not.toThrow();
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
