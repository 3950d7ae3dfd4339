import { describe, expect, it } from "vitest";
import { findAmbiguousCharacter, JOIN_CODE_ALPHABET } from "@/lib/teaching/join-code";
import { joinCodeSchema } from "@/lib/validation/teaching";

const messageFor = (input: string) => {
  const result = joinCodeSchema.safeParse(input);
  return result.success ? null : result.error.issues.map((i) => i.message);
};

describe("join code messages", () => {
  it("accepts a well-formed code, folding case, spaces and dashes", () => {
    expect(joinCodeSchema.parse(" k7p-2qx ")).toBe("K7P2QX");
  });

  it("names the look-alike character a code never has (NOPE42: the letter O)", () => {
    expect(messageFor("NOPE42")).toEqual([expect.stringContaining("the letter O")]);
    expect(messageFor("AB0CDE")).toEqual([expect.stringContaining("the digit 0")]);
    expect(messageFor("ab1cde")).toEqual([expect.stringContaining("the digit 1")]);
    expect(messageFor("ABCDEl")).toEqual([expect.stringContaining("the letter L")]);
  });

  it("gives a wrong length or a symbol the format message, and an empty code its own", () => {
    expect(messageFor("ABC")).toEqual([expect.stringContaining("6 letters and digits")]);
    expect(messageFor("ABC#EF")).toEqual([expect.stringContaining("6 letters and digits")]);
    expect(messageFor("  ")).toEqual(["Enter the code your teacher gave you."]);
  });

  it("never calls a character of the alphabet ambiguous", () => {
    expect(findAmbiguousCharacter(JOIN_CODE_ALPHABET)).toBeNull();
  });
});
