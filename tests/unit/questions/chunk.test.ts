import { describe, expect, it } from "vitest";
import { chunkStable } from "@/lib/questions/generators/chunk";

const items = Array.from({ length: 23 }, (_, i) => `item-${String(i).padStart(2, "0")}`);

describe("chunkStable", () => {
  it("makes groups of 3–5 in list order", () => {
    const groups = chunkStable(items, { key: (s) => s });
    for (const g of groups) {
      expect(g.length).toBeGreaterThanOrEqual(3);
      expect(g.length).toBeLessThanOrEqual(5);
    }
    expect(groups.flat().length).toBeGreaterThanOrEqual(items.length - 2);
  });

  it("keeps conflicting items apart", () => {
    const years = items.map((s, i) => ({ s, year: 2000 + (i % 4) }));
    const groups = chunkStable(years, { key: (x) => x.s, conflicts: (a, b) => a.year === b.year });
    for (const g of groups) expect(new Set(g.map((x) => x.year)).size).toBe(g.length);
  });

  it("reshapes only the groups around an insertion", () => {
    const before = chunkStable(items, { key: (s) => s }).map((g) => g.join());
    const inserted = [...items.slice(0, 12), "item-11b", ...items.slice(12)];
    const after = new Set(chunkStable(inserted, { key: (s) => s }).map((g) => g.join()));
    const kept = before.filter((g) => after.has(g));
    expect(kept.length).toBeGreaterThanOrEqual(before.length - 2);
  });

  it("returns nothing for fewer than three items", () => {
    expect(chunkStable(["a", "b"], { key: (s) => s })).toEqual([]);
  });
});
