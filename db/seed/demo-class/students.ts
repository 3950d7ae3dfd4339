/**
 * One demo student's four weeks: who they are (ability, habits, the few who never start or give
 * up) and what they do each day — the scored quiz then spaced practice of its questions, the open
 * practice assignment a few new questions at a time, and now and then some free practice.
 */
import type { Question } from "@/lib/questions/types";
import { randomInt, rngFor } from "@/lib/questions/random";
import { quizAttemptAnswers, quizAttempts } from "../../schema";
import { makeLearner, StudySimulator, unit, type ClassContext, type SessionOutcome } from "./simulate";

/** Days of history simulated (the class was created four weeks ago). */
const HISTORY_DAYS = 26;
/** The quiz closed this many days ago. */
const QUIZ_DUE_DAYS_AGO = 5;
/** The practice assignment was set this many days ago. */
const PRACTICE_SET_DAYS_AGO = 10;

export interface StudentWork {
  quiz: { id: string; questions: Question[] };
  practice: { id: string; questions: Question[] };
  /** Questions in neither set, for free practice. */
  free: Question[];
}

/**
 * Roles by position in the roster, so the demo always shows each case: the last student never
 * starts; the one before opens the quiz, answers five questions and leaves it unsubmitted; the
 * two before skip the practice assignment; and one takes the quiz late, after its due date.
 */
function roleOf(index: number, total: number) {
  const fromEnd = total - 1 - index;
  return {
    idle: fromEnd === 0,
    abandonsQuiz: fromEnd === 1,
    skipsPractice: fromEnd <= 3,
    lateQuiz: fromEnd === 4,
  };
}

/** Every fifth student is strong, every fifth (offset) weak, the rest in between. */
function abilityRange(index: number): [number, number] {
  if (index % 5 === 0) return [0.85, 0.97];
  if (index % 5 === 3) return [0.3, 0.5];
  return [0.5, 0.88];
}

/**
 * Simulate the student at `index` of a roster of `total` (their role and ability follow from the
 * position). `key` names their random streams: two students at one position but with different
 * keys answer differently; by default it is the position.
 */
export async function simulateStudent(
  ctx: ClassContext,
  index: number,
  total: number,
  userId: string,
  work: StudentWork,
  key = `student|${index}`,
): Promise<{ reviews: number; attempt: boolean }> {
  const role = roleOf(index, total);
  if (role.idle) return { reviews: 0, attempt: false };
  const learner = makeLearner(ctx.seed, userId, key, abilityRange(index));
  const rng = learner.rng;
  const maxGap = randomInt(rng, 2, 5);

  const quiz = new StudySimulator(ctx, learner, work.quiz.questions, work.quiz.id);
  const practice = new StudySimulator(ctx, learner, work.practice.questions, work.practice.id);
  const freeQuestions = pickSome(work.free, 12, ctx.seed, key);
  const free = new StudySimulator(ctx, learner, freeQuestions, null);

  // The plan: which days each kind of session happens (days before today).
  const quizDay = role.lateQuiz ? 2 : randomInt(rng, 7, HISTORY_DAYS - 4);
  const keepsPractisingAfterDue = unit(rng) < 0.5;
  const practiceStart = role.skipsPractice || role.abandonsQuiz ? -1 : randomInt(rng, 1, PRACTICE_SET_DAYS_AGO - 1);
  const practiceNew = randomInt(rng, 3, 6);
  const freeDays = new Set(unit(rng) < 0.3 ? [randomInt(rng, 1, 20), randomInt(rng, 1, 20)] : []);
  let nextQuizReview = quizDay - randomInt(rng, 1, maxGap);
  let nextPractice = practiceStart;

  let reviews = 0;
  let attempt = false;
  // Up to yesterday: a rerun later the same UTC day then builds exactly the same history.
  for (let day = HISTORY_DAYS; day >= 1; day--) {
    let clock = 0;
    const run = async (simulator: StudySimulator, options: Parameters<StudySimulator["session"]>[1]): Promise<SessionOutcome> => {
      const planned = simulator.sessionStart(day);
      const start = new Date(Math.max(planned.getTime(), clock + 60_000));
      const outcome = await simulator.session(start, options);
      reviews += outcome.reviews;
      if (outcome.endedAt) clock = outcome.endedAt.getTime();
      return outcome;
    };

    if (day === quizDay) {
      const outcome = await run(quiz, {
        newCards: work.quiz.questions.length,
        quiz: true,
        maxQuestions: role.abandonsQuiz ? 5 : undefined,
      });
      if (outcome.startedAt) {
        const right = [...outcome.firstAnswers.values()].filter(Boolean).length;
        const [inserted] = await ctx.db
          .insert(quizAttempts)
          .values({
            assignmentId: work.quiz.id,
            studentId: userId,
            startedAt: new Date(outcome.startedAt.getTime() - 30_000),
            ...(role.abandonsQuiz
              ? {}
              : {
                  submittedAt: new Date((outcome.endedAt ?? outcome.startedAt).getTime() + 5_000),
                  correct: right,
                  total: work.quiz.questions.length,
                }),
          })
          .returning({ id: quizAttempts.id });
        // The attempt's answers, as the quiz keeps them: the student's results page lists each one.
        const answers = [...outcome.firstReviews.values()].map((review) => ({
          attemptId: inserted?.id ?? "",
          questionId: review.questionId,
          answer: review.answer ?? null,
          correct: review.correct,
          responseMs: review.responseMs,
          answeredAt: review.reviewedAt,
          reviewId: review.id,
        }));
        if (inserted && answers.length > 0) await ctx.db.insert(quizAttemptAnswers).values(answers);
        attempt = !role.abandonsQuiz;
      }
    } else if (day === nextQuizReview && !role.abandonsQuiz) {
      if (day > QUIZ_DUE_DAYS_AGO || keepsPractisingAfterDue) await run(quiz, { newCards: 0, maxQuestions: 20 });
      nextQuizReview = day - randomInt(rng, 1, maxGap);
    }
    if (day === nextPractice) {
      await run(practice, { newCards: practiceNew, maxQuestions: 25 });
      nextPractice = day - randomInt(rng, 1, Math.max(1, maxGap - 1));
    }
    if (freeDays.has(day)) await run(free, { newCards: 4, maxQuestions: 10 });
  }
  return { reviews, attempt };
}

/** A fixed handful of free-practice questions per student. */
function pickSome(questions: Question[], count: number, seed: number, key: string): Question[] {
  const rng = rngFor(seed, `free|${key}`);
  const out: Question[] = [];
  const pool = [...questions];
  while (out.length < count && pool.length > 0) out.push(...pool.splice(randomInt(rng, 0, pool.length - 1), 1));
  return out;
}
