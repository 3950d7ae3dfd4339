import { describe, expect, it } from "vitest";
import { loadDataset } from "@/db/seed/dataset";
import { QUESTION_TYPES } from "@/lib/domain";
import { buildQuestionBank } from "@/lib/questions";
import { lintBank } from "@/lib/questions/lint";

describe("questions:lint on the real bank", () => {
  const dataset = loadDataset();
  const report = buildQuestionBank(dataset);

  it("finds no violation of any rule", () => {
    expect(lintBank(dataset, report.questions).map((v) => `${v.id} ${v.rule}: ${v.message} — ${v.text}`)).toEqual([]);
  }, 60_000);

  it("keeps every question type and gives every suppression a reason", () => {
    for (const type of QUESTION_TYPES)
      expect(
        report.questions.some((q) => q.type === type),
        type,
      ).toBe(true);
    for (const s of report.suppressed) expect(s.reason.length, s.id).toBeGreaterThanOrEqual(10);
    const ids = new Set(report.questions.map((q) => q.id));
    for (const s of report.suppressed) expect(ids.has(s.id), `${s.id} is suppressed yet in the bank`).toBe(false);
  });
});
