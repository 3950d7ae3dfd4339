import { describe, expect, it } from "vitest";
import { loadDataset } from "@/db/seed/dataset";
import { QUESTION_TYPES } from "@/lib/domain";
import { buildQuestionBank, generateQuestionBank } from "@/lib/questions";
import { countCharactersToRead } from "@/lib/questions/reading-length";
import type { MultipleChoiceQuestion, Question } from "@/lib/questions/types";
import { READING_MS_PER_CHAR, RESPONSE_TIME_THRESHOLDS } from "@/lib/scheduling";
import { gradeSubmissions } from "@/lib/study/grade-submissions";
import type { ReviewSubmission } from "@/lib/validation/reviews";
import { fixture } from "../questions/fixture";

const NOW = new Date("2026-03-01T09:00:00Z");
const bank = generateQuestionBank(fixture);
const sum = (texts: string[]) => texts.reduce((n, t) => n + t.length, 0);

function firstOf<T extends Question["type"]>(type: T): Extract<Question, { type: T }> {
  const question = bank.find((q): q is Extract<Question, { type: T }> => q.type === type);
  if (!question) throw new Error(`the fixture bank has no ${type} question`);
  return question;
}

describe("countCharactersToRead", () => {
  it("counts the prompt and what comes with it, per type", () => {
    const mc = firstOf("multiple_choice");
    expect(countCharactersToRead(mc)).toBe(mc.prompt.length + sum(mc.choices));
    const ordering = firstOf("ordering");
    expect(countCharactersToRead(ordering)).toBe(ordering.prompt.length + sum(ordering.items.map((i) => i.label)));
    const matching = firstOf("matching");
    expect(countCharactersToRead(matching)).toBe(
      matching.prompt.length + sum(matching.left.map((i) => i.label)) + sum(matching.right.map((i) => i.label)),
    );
    for (const type of ["cloze", "typed"] as const) expect(countCharactersToRead(firstOf(type))).toBe(firstOf(type).prompt.length);
    const tf = firstOf("true_false");
    expect(countCharactersToRead(tf)).toBe(tf.prompt.length); // the prompt already shows the statement
    expect(countCharactersToRead({ ...tf, prompt: "True or false?" })).toBe("True or false?".length + tf.statement.length);
  });

  it("matches the typical lengths the rating thresholds were calibrated on (real bank medians, ±15%)", () => {
    const { questions } = buildQuestionBank(loadDataset());
    for (const type of QUESTION_TYPES) {
      const lengths = questions
        .filter((q) => q.type === type)
        .map(countCharactersToRead)
        .sort((a, b) => a - b);
      const median = lengths[Math.floor(lengths.length / 2)] ?? NaN;
      const typical = RESPONSE_TIME_THRESHOLDS[type].typicalChars;
      expect(Math.abs(median - typical) / typical, `${type}: median ${median}, typical ${typical}`).toBeLessThanOrEqual(0.15);
    }
  });
});

describe("gradeSubmissions", () => {
  const mc = firstOf("multiple_choice");
  const submit = (question: MultipleChoiceQuestion, responseMs: number): ReviewSubmission => ({
    id: "00000000-0000-4000-8000-000000000001",
    questionId: question.id,
    mode: "quiz",
    response: question.answerIndex,
    responseMs,
    reviewedAt: NOW.toISOString(),
  });
  const rate = (question: MultipleChoiceQuestion, responseMs: number) => {
    const outcome = gradeSubmissions([submit(question, responseMs)], new Map([[question.id, question]]), NOW);
    if (!outcome.ok) throw new Error(outcome.problems.join("; "));
    return outcome.reviews[0]?.rating;
  };

  it("gives a long question more reading time before a correct answer counts as slow or fast", () => {
    const { fastMs, slowMs, typicalChars } = RESPONSE_TIME_THRESHOLDS.multiple_choice;
    // The same question with a prompt 200 characters longer than typical: 10 s more to read it.
    const long: MultipleChoiceQuestion = { ...mc, prompt: "x".repeat(typicalChars + 200) };
    const extraMs = (countCharactersToRead(long) - typicalChars) * READING_MS_PER_CHAR;
    expect(extraMs).toBeGreaterThanOrEqual(200 * READING_MS_PER_CHAR);
    const short: MultipleChoiceQuestion = { ...mc, prompt: "Which?", choices: ["a", "b", "c", "d"] };

    expect(rate(short, fastMs + 1000)).toBe("good");
    // Read 210+ extra characters and still answered fast: easy by time, capped at good on a recognition face.
    expect(rate(long, fastMs + 1000)).toBe("good");
    expect(rate(short, fastMs - 1)).toBe("good");
    expect(rate(short, slowMs + 1000)).toBe("hard");
    expect(rate(long, slowMs + 1000)).toBe("good"); // slow only by the reading time
    expect(rate(long, slowMs + extraMs + 1)).toBe("hard");
  });

  it("keeps the student's own grade for a flashcard, and `again` for a wrong answer", () => {
    const flashcard: ReviewSubmission = { ...submit(mc, 2000), mode: "flashcard", rating: "hard", response: undefined };
    const wrong: ReviewSubmission = { ...submit(mc, 2000), response: (mc.answerIndex + 1) % mc.choices.length };
    const outcome = gradeSubmissions([flashcard, wrong], new Map([[mc.id, mc]]), NOW);
    expect(outcome.ok && outcome.reviews.map((r) => [r.rating, r.correct])).toEqual([
      ["hard", true],
      ["again", false],
    ]);
  });
});
