/**
 * Hostile text and dates are refused by the schemas with a message, before anything reaches the
 * database: a NUL or a lone surrogate in any text field, a due date that does not exist.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/validation/auth";
import { reviewBatchSchema } from "@/lib/validation/reviews";
import { assignmentSchema, classNameSchema, isRealLocalDateTime, setNameSchema } from "@/lib/validation/teaching";
import { isStorableJson, isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";

const HOSTILE = ["a\u0000b", "\u0000", "x\uD800", "\uDC00y", "\uDBFF\uDBFF\uDC00\uDC00x"];

describe("storable text", () => {
  it("refuses NUL and lone surrogates, keeps real emoji and every other script", () => {
    for (const text of HOSTILE) expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    for (const text of ["Hun Sen", "日本とカンボジア", "សម្តេច", "👩🏽‍🏫 teacher", "tab\tand\nnewline", ""])
      expect(isStorableText(text)).toBe(true);
  });

  it("agrees with UTF-8: a string is storable exactly when it has no NUL and survives a UTF-8 round trip", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const roundTrips = Buffer.from(text, "utf8").toString("utf8") === text;
        expect(isStorableText(text)).toBe(roundTrips && !text.includes("\u0000"));
      }),
      { numRuns: 300 },
    );
  }, 30_000); // a budget for a loaded machine: alone it takes well under a second

  it("checks every string of a JSON answer, keys included", () => {
    expect(isStorableJson({ order: ["a", "b"], pairs: { x: "y" } })).toBe(true);
    expect(isStorableJson({ order: ["a", "b\u0000"] })).toBe(false);
    expect(isStorableJson({ ["k\uD800"]: 1 })).toBe(false);
  });

  it.each([
    [
      "sign-up name",
      () => signUpSchema.safeParse({ name: "Dara\u0000", email: "d@example.com", password: "long-enough", role: "student" }),
    ],
    ["class name", () => classNameSchema.safeParse("History \uD800")],
    ["set name", () => setNameSchema.safeParse("\u0000")],
  ])("the %s refuses hostile text with the shared message", (_label, parse) => {
    const result = parse();
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(UNSTORABLE_TEXT_MESSAGE);
  });

  it("the review API refuses a hostile questionId or response", () => {
    const review = { id: crypto.randomUUID(), mode: "quiz", responseMs: 1000, reviewedAt: "2026-03-01T09:00:00Z" };
    expect(reviewBatchSchema.safeParse({ reviews: [{ ...review, questionId: "q\u0000", response: 1 }] }).success).toBe(false);
    const badResponse = reviewBatchSchema.safeParse({ reviews: [{ ...review, questionId: "q1", response: { text: "\uDC00" } }] });
    expect(badResponse.error?.issues[0]?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(reviewBatchSchema.safeParse({ reviews: [{ ...review, questionId: "q1", response: { text: "ok" } }] }).success).toBe(true);
  });
});

describe("due dates", () => {
  it.each([
    "2099-13-45T99:99",
    "2026-02-30T10:00",
    "2026-04-31T10:00",
    "2026-01-01T24:00",
    "2026-01-01T10:60",
    "1970-01-01T00:00",
    "9999-12-31T23:59",
  ])("refuses %s", (value) => {
    expect(isRealLocalDateTime(value)).toBe(false);
    const parsed = assignmentSchema.safeParse({ classId: crypto.randomUUID(), setId: crypto.randomUUID(), dueAt: value });
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(["dueAt"]);
  });

  it.each(["2028-02-29T23:59", "2026-12-31T00:00", "2100-01-01T00:00"])("accepts %s", (value) => {
    expect(isRealLocalDateTime(value)).toBe(true);
  });
});
