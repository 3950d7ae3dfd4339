/**
 * Property checks (fast-check, fixed seed) over a whole bank and over random subsets of events,
 * shared by the fixture and the real dataset tests.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/events/schema";
import { acceptedAnswersFor, generateQuestionBank, gradeAnswer, indexDataset, matchesAnswer, type Question } from "@/lib/questions";
import { renderAnswer } from "@/lib/questions/render/answer";
import { bankViolations, factOf } from "./invariants";

const FC = { seed: 42 } as const;
/** Each property generates many whole banks: on a loaded 2-core machine that takes far longer than Vitest's 5 s default. */
const HEAVY_TEST_MS = 120_000;

/** Property checks shared by the fixture and the real dataset. */
export function describeBankProperties(name: string, dataset: Dataset, runs: { seeds: number; subsets: number }) {
  const slugs = dataset.events.map((e) => e.slug);
  const index = indexDataset(dataset);

  describe(`bank properties: ${name}`, () => {
    it(
      "every invariant holds for any seed",
      () => {
        fc.assert(
          fc.property(fc.integer(), (seed) => {
            expect(bankViolations(dataset, generateQuestionBank(dataset, { seed }))).toEqual([]);
          }),
          { ...FC, numRuns: runs.seeds },
        );
      },
      HEAVY_TEST_MS,
    );

    it(
      "every invariant holds for any subset of events",
      () => {
        fc.assert(
          fc.property(fc.subarray(slugs, { minLength: 1 }), fc.integer(), (subset, seed) => {
            const part: Dataset = { ...dataset, events: dataset.events.filter((e) => subset.includes(e.slug)) };
            expect(bankViolations(part, generateQuestionBank(part, { seed }))).toEqual([]);
          }),
          { ...FC, numRuns: runs.subsets },
        );
      },
      HEAVY_TEST_MS,
    );

    it(
      "the answer is never among the distractors, nor equivalent to one",
      () => {
        fc.assert(
          fc.property(fc.integer(), (seed) => {
            for (const q of generateQuestionBank(dataset, { seed })) {
              if (q.type !== "multiple_choice" || q.link) continue;
              const { fact } = factOf(dataset, q);
              const accepted = acceptedAnswersFor(fact, index);
              const truths = [fact.answer, ...fact.alsoCorrect].map((a) => renderAnswer(a, index));
              q.choices.forEach((choice, i) => {
                if (i === q.answerIndex) return;
                expect(truths).not.toContain(choice);
                expect(matchesAnswer(choice, accepted).correct).toBe(false);
              });
            }
          }),
          { ...FC, numRuns: Math.max(5, Math.floor(runs.seeds / 2)) },
        );
      },
      HEAVY_TEST_MS,
    );

    it(
      "grading accepts the answer and rejects each distractor",
      () => {
        fc.assert(
          fc.property(fc.integer(), (seed) => {
            for (const q of generateQuestionBank(dataset, { seed })) {
              expect(gradeAnswer(q, correctResponse(q)).correct, q.id).toBe(true);
              if (q.type === "multiple_choice") {
                q.choices.forEach((_, i) => expect(gradeAnswer(q, i).correct).toBe(i === q.answerIndex));
              }
              if (q.type === "true_false") expect(gradeAnswer(q, !q.truth).correct).toBe(false);
              if (q.type === "ordering")
                expect(
                  gradeAnswer(
                    q,
                    q.items.map((i) => i.id),
                  ).correct,
                ).toBe(false);
            }
          }),
          { ...FC, numRuns: Math.max(5, Math.floor(runs.seeds / 2)) },
        );
      },
      HEAVY_TEST_MS,
    );

    it(
      "the seed never changes which questions exist",
      () => {
        const ids = generateQuestionBank(dataset, { seed: 1 }).map((q) => q.id);
        fc.assert(
          fc.property(fc.integer(), (seed) => {
            expect(generateQuestionBank(dataset, { seed }).map((q) => q.id)).toEqual(ids);
          }),
          { ...FC, numRuns: Math.max(5, Math.floor(runs.seeds / 2)) },
        );
      },
      HEAVY_TEST_MS,
    );
  });
}

function correctResponse(q: Question): unknown {
  switch (q.type) {
    case "multiple_choice":
      return q.answerIndex;
    case "true_false":
      return q.truth;
    case "cloze":
    case "typed":
      return q.answer;
    case "ordering":
      return q.correctOrder;
    case "matching":
      return q.pairs;
  }
}
