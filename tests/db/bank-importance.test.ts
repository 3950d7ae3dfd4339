import { expect, it } from "vitest";
import { searchQuestionBank } from "@/db/queries/content";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { generateQuestionBank } from "@/lib/questions";
import { lintDataset } from "../unit/questions/lint/helpers";
import { describeEachEngine } from "../support/test-databases";

describeEachEngine("question bank by importance", (ctx) => {
  const bank = generateQuestionBank(lintDataset);

  it("filters the bank by importance with exact totals, alone and with other filters", async () => {
    await syncQuestionBank(ctx.db(), lintDataset, bank);
    for (const importance of ["core", "supporting", "detail"] as const) {
      const page = await searchQuestionBank(ctx.db(), { filter: { importance }, limit: 500, offset: 0 });
      const expected = bank.filter((q) => q.importance === importance);
      expect(expected.length, importance).toBeGreaterThan(0);
      expect(page.total, importance).toBe(expected.length);
      expect(page.questions.every((q) => q.importance === importance)).toBe(true);
    }
    const coreTyped = await searchQuestionBank(ctx.db(), { filter: { importance: "core", type: "typed" }, limit: 500, offset: 0 });
    expect(coreTyped.total).toBe(bank.filter((q) => q.importance === "core" && q.type === "typed").length);
  });

  it("stores core questions ahead of the rest, so new cards come core first", async () => {
    await syncQuestionBank(ctx.db(), lintDataset, bank);
    const all = await searchQuestionBank(ctx.db(), { filter: {}, limit: 500, offset: 0 });
    const ranks = all.questions.map((q) => ["core", "supporting", "detail"].indexOf(q.importance));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
