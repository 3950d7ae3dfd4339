/**
 * Simulated study for the demo class: each student works through sessions on past days, and
 * every answer goes through `recordReviews` (the app's own write path) in chronological order,
 * so card states and review logs are real FSRS histories, not made-up numbers.
 */
import crypto from "node:crypto";
import { gradeAnswer } from "@/lib/questions";
import { randomInt, rngFor, type Rng } from "@/lib/questions/random";
import { countCharactersToRead } from "@/lib/questions/reading-length";
import type { Question } from "@/lib/questions/types";
import { inferRating } from "@/lib/scheduling";
import type { GradedReview } from "@/lib/study/graded-review";
import type { Db } from "../../client";
import { recordReviews } from "../../queries/reviews";
import { rightAnswer, wrongAnswer, type WrongTextPool } from "./answers";

const DAY = 86_400_000;
const MINUTE = 60_000;
const RETENTION = 0.9;

/** Typical seconds to answer, by type (a little above the rating thresholds' "good" middle). */
const BASE_SECONDS: Record<Question["type"], number> = {
  true_false: 6,
  multiple_choice: 9,
  cloze: 12,
  typed: 15,
  ordering: 30,
  matching: 32,
};
/** Some types are easier to get right than others (recognition beats recall). */
const TYPE_EASE: Record<Question["type"], number> = {
  true_false: 0.1,
  multiple_choice: 0.05,
  cloze: -0.05,
  typed: -0.1,
  ordering: -0.05,
  matching: 0,
};

/** A float in [0, 1). */
export function unit(rng: Rng): number {
  return randomInt(rng, 0, 999_999) / 1_000_000;
}

/** One student's simulated state for one assignment's questions. */
export interface Learner {
  userId: string;
  /** 0–1: chance of a right first answer on an average question. */
  ability: number;
  /** UTC hour their sessions start (students keep habits). */
  hour: number;
  rng: Rng;
}

interface CardMemory {
  due: Date;
  rightSoFar: number;
}

export interface SessionOutcome {
  reviews: number;
  /** Per question, whether its first-ever answer in this session was right (the quiz score). */
  firstAnswers: Map<string, boolean>;
  /** Per question, its first-ever answer in this session (a scored quiz keeps these as the attempt's answers). */
  firstReviews: Map<string, GradedReview>;
  startedAt: Date | null;
  endedAt: Date | null;
}

/** Everything a session needs that is the same for the whole class. */
export interface ClassContext {
  db: Db;
  seed: number;
  now: Date;
  pool: WrongTextPool;
}

export class StudySimulator {
  private readonly memory = new Map<string, CardMemory>();

  constructor(
    private readonly ctx: ClassContext,
    private readonly learner: Learner,
    private readonly questions: Question[],
    private readonly assignmentId: string | null,
  ) {}

  /** Session start on the day `daysAgo` days before today (UTC), at the learner's hour. */
  sessionStart(daysAgo: number): Date {
    const today = Date.UTC(this.ctx.now.getUTCFullYear(), this.ctx.now.getUTCMonth(), this.ctx.now.getUTCDate());
    return new Date(today - daysAgo * DAY + this.learner.hour * 60 * MINUTE + randomInt(this.learner.rng, 0, 59) * MINUTE);
  }

  /**
   * A session at `start`: due cards first, then up to `newCards` unseen ones (all of them in a
   * quiz), then up to two more passes over cards the learning steps bring back within minutes
   * (not in a quiz, which shows each question once). Nothing is recorded at or after `now`.
   */
  async session(start: Date, options: { newCards: number; quiz?: boolean; maxQuestions?: number }): Promise<SessionOutcome> {
    const outcome: SessionOutcome = { reviews: 0, firstAnswers: new Map(), firstReviews: new Map(), startedAt: null, endedAt: null };
    const due = this.questions.filter((q) => (this.memory.get(q.id)?.due.getTime() ?? Infinity) <= start.getTime());
    const fresh = this.questions.filter((q) => !this.memory.has(q.id)).slice(0, options.newCards);
    let pass = [...due, ...fresh].slice(0, options.maxQuestions ?? Infinity);
    let clock = start.getTime();
    for (let round = 0; round < (options.quiz ? 1 : 3) && pass.length > 0; round++) {
      const batch: GradedReview[] = [];
      for (const question of pass) {
        const review = this.answer(question, new Date(clock));
        if (review.reviewedAt.getTime() >= this.ctx.now.getTime() - MINUTE) break;
        clock = review.reviewedAt.getTime() + review.responseMs + randomInt(this.learner.rng, 1, 4) * 1000;
        if (!this.memory.has(question.id)) {
          outcome.firstAnswers.set(question.id, review.correct);
          outcome.firstReviews.set(question.id, review);
        }
        batch.push(review);
      }
      if (batch.length === 0) break;
      const results = await recordReviews(this.ctx.db, { userId: this.learner.userId, reviews: batch, desiredRetention: RETENTION });
      for (const [i, result] of results.entries()) {
        const review = batch[i];
        if (!review) continue;
        const before = this.memory.get(result.questionId);
        this.memory.set(result.questionId, { due: new Date(result.due), rightSoFar: (before?.rightSoFar ?? 0) + (review.correct ? 1 : 0) });
      }
      outcome.reviews += batch.length;
      outcome.startedAt ??= batch[0]?.reviewedAt ?? null;
      outcome.endedAt = new Date(clock);
      // Learning steps (1 and 10 minutes) bring wrong and new cards back in this session.
      const soon = clock + 12 * MINUTE;
      pass = pass.filter((q) => (this.memory.get(q.id)?.due.getTime() ?? Infinity) <= soon);
      clock = Math.max(clock, ...pass.map((q) => this.memory.get(q.id)?.due.getTime() ?? clock));
    }
    return outcome;
  }

  /** Whether every question has been seen. */
  get finished(): boolean {
    return this.questions.every((q) => this.memory.has(q.id));
  }

  private answer(question: Question, at: Date): GradedReview {
    const { rng, ability } = this.learner;
    const memory = this.memory.get(question.id);
    const first = Math.min(0.97, Math.max(0.05, ability + TYPE_EASE[question.type] - 0.06 * (question.difficulty - 3)));
    // Each right answer so far takes a third off the chance of getting it wrong again.
    const chance = 1 - (1 - first) * 0.65 ** (memory?.rightSoFar ?? 0);
    const tryRight = unit(rng) < chance;
    const response = tryRight ? rightAnswer(question) : wrongAnswer(question, this.ctx.pool, this.ctx.seed, rng);
    const correct = gradeAnswer(question, response).correct;
    // Log-normal-ish times: stronger students answer faster, wrong answers take longer.
    const spread = Math.exp((unit(rng) + unit(rng) + unit(rng) - 1.5) * 0.7);
    const responseMs = Math.round(BASE_SECONDS[question.type] * 1000 * spread * (1.35 - 0.6 * ability) * (correct ? 1 : 1.25));
    return {
      id: crypto.randomUUID(),
      questionId: question.id,
      mode: "quiz",
      // Rated as the review API rates a quiz answer (lib/study/grade-submissions.ts).
      rating: inferRating({ correct, responseMs, questionType: question.type, promptLength: countCharactersToRead(question) }),
      correct,
      answer: response,
      responseMs,
      reviewedAt: at,
      assignmentId: this.assignmentId,
    };
  }
}

/** A learner for one student: ability and habits drawn from the student's own generator. */
export function makeLearner(seed: number, userId: string, key: string, abilityRange: [number, number]): Learner {
  const rng = rngFor(seed, `learner|${key}`);
  const [low, high] = abilityRange;
  return { userId, ability: low + (high - low) * unit(rng), hour: randomInt(rng, 7, 13), rng };
}
