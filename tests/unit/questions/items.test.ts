import { describe, expect, it } from "vitest";
import { generateQuestionBank } from "@/lib/questions";
import { indexDataset } from "@/lib/questions/dataset-index";
import { computeReveals, factItemId, itemIdOf, itemKindOf } from "@/lib/questions/items";
import { fixture } from "./fixture";

const bank = generateQuestionBank(fixture);

describe("knowledge items", () => {
  it("gives every face of a fact one item, and each exercise or connection question an item of its own", () => {
    for (const q of bank) {
      expect(q.itemId).toBe(itemIdOf({ ...q, itemId: undefined }));
      if ("factId" in q && q.factId !== undefined) expect(q.itemId).toBe(factItemId(q.eventIds[0] ?? "", q.factId));
      else expect(q.itemId).toBe(`x:${q.id}`);
    }
    expect(itemKindOf({ type: "ordering" })).toBe("exercise");
    expect(itemKindOf({ type: "typed", factId: "x" })).toBe("fact");
    expect(itemKindOf({ type: "typed" })).toBe("link");
    const items = new Set(bank.map((q) => q.itemId));
    expect(items.size).toBeLessThan(bank.length);
  });

  it("records which other items a question gives away, from the facts, never its own", () => {
    const index = indexDataset(fixture);
    const reveals = computeReveals(bank, fixture, index);
    expect([...reveals.values()].some((r) => r.length > 0)).toBe(true);
    for (const q of bank) {
      expect(q.reveals).toEqual(reveals.get(q.id));
      expect(q.reveals).not.toContain(q.itemId);
      // Each revealed item is a fact of one of the question's events whose answer the question shows.
      for (const itemId of q.reveals ?? []) {
        const [slug, factId] = itemId.slice(2).split("/");
        expect(q.eventIds).toContain(slug);
        const fact = fixture.events.find((e) => e.slug === slug)?.facts.find((f) => f.id === factId);
        expect(fact, itemId).toBeDefined();
      }
    }
  });
});
