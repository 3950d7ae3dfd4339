import { describe, expect, it } from "vitest";
import { z } from "zod";
import { echoFormValues, fieldErrorState, firstFieldErrors, fixFieldsMessage, readFormFields, validationErrorState } from "@/lib/forms";

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("form answers", () => {
  it("says field or fields by count", () => {
    expect(fixFieldsMessage(1)).toBe("Please fix the highlighted field.");
    expect(fixFieldsMessage(3)).toBe("Please fix the highlighted fields.");
    expect(fieldErrorState({ name: "Enter a name." })).toEqual({
      message: "Please fix the highlighted field.",
      fieldErrors: { name: "Enter a name." },
    });
  });

  it("keeps the first error of each field only", () => {
    const schema = z.object({ a: z.string().min(3, "too short").regex(/^x/, "must start with x"), b: z.number("a number") });
    const result = schema.safeParse({ a: "y", b: "no" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(firstFieldErrors(result.error)).toEqual({ a: "too short", b: "a number" });
  });

  it("turns an issue with no field (a whole-object rule) into the message", () => {
    const schema = z.object({ from: z.number(), to: z.number() }).refine((r) => r.from < r.to, "The start must come before the end.");
    const result = schema.safeParse({ from: 2, to: 1 });
    if (result.success) throw new Error("expected a failure");
    expect(validationErrorState(result.error, { from: "2" })).toEqual({
      message: "The start must come before the end.",
      values: { from: "2" },
    });
  });
});

describe("reading a FormData", () => {
  it("reads only the named fields: missing ones are undefined, a repeated one gives its first value", () => {
    const data = form([
      ["name", "Ana"],
      ["name", "Bo"],
      ["extra", "ignored"],
    ]);
    expect(readFormFields(data, ["name", "count"])).toEqual({ name: "Ana", count: undefined });
  });

  it("echoes typed text but never a password or a file", () => {
    const data = form([
      ["email", "ana@example.com"],
      ["password", "secret-1"],
      ["newPassword", "secret-2"],
      ["avatar", new Blob(["x"])],
    ]);
    expect(echoFormValues(data, ["email", "password", "newPassword", "avatar", "missing"])).toEqual({ email: "ana@example.com" });
  });
});
