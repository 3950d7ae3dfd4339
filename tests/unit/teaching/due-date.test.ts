import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { assertDueInFuture } from "@/lib/teaching/due-date";

const NOW = new Date("2026-03-01T09:00:00Z");

describe("assertDueInFuture", () => {
  it("accepts a due date one millisecond after now", () => {
    expect(() => assertDueInFuture(new Date(NOW.getTime() + 1), NOW)).not.toThrow();
  });

  it.each([
    ["exactly now", NOW],
    ["one millisecond ago", new Date(NOW.getTime() - 1)],
    ["last year", new Date("2025-03-01T09:00:00Z")],
  ])("refuses a due date %s, on the dueAt field", (_label, dueAt) => {
    let thrown: unknown;
    try {
      assertDueInFuture(dueAt, NOW);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ message: "Choose a due date in the future.", field: "dueAt" });
  });
});
