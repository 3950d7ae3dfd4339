/**
 * A simulated class whose memory follows known FSRS-6 parameters, to check that fitting recovers
 * them (`npm run fsrs:fit -- --report`). Each student starts `newPerDay` items a day and does every
 * review on the day it falls due, as scheduled by the default parameters (what the app did before
 * fitting); whether they recall it is drawn from the forgetting curve of the TRUE parameters, with
 * the true memory state updated by ts-fsrs under those parameters. Seeded: the same class every run.
 */
import { computeDecayFactor, createEmptyCard, default_w, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import type { TrainingLog } from "./items";
import { createUniformRandom } from "../random";

const DAY_MS = 86_400_000;

/**
 * The known parameters: memories start 2–4× more stable than FSRS's defaults assume and fade with
 * a stronger decay (w20 0.3 vs 0.1542); the rest are FSRS-6 defaults. A class that remembers
 * better than the defaults expect, so fitted parameters should schedule it less often.
 */
export const SIMULATED_TRUE_WEIGHTS: readonly number[] = default_w.map((w, i) => [0.1, 0.5, 1.2, 4.0][i] ?? (i === 20 ? 0.4 : w));

export interface SimulationOptions {
  students: number;
  /** Days simulated; items are started during the first `introduceDays`. */
  days: number;
  introduceDays: number;
  newPerDay: number;
  seed: number;
  start: Date;
  trueWeights?: readonly number[];
}

interface SimCard {
  scheduled: Card;
  truth: Card;
  key: string;
}

/** Review logs of the simulated class (keys `s<student>:i<item>`), in time order per student. */
export function simulateClassReviews(options: SimulationOptions): TrainingLog[] {
  const trueWeights = [...(options.trueWeights ?? SIMULATED_TRUE_WEIGHTS)];
  const { decay, factor } = computeDecayFactor(trueWeights);
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));
  const truthModel = fsrs(generatorParameters({ w: trueWeights, enable_fuzz: false, enable_short_term: false }));
  const logs: TrainingLog[] = [];
  for (let s = 0; s < options.students; s++) {
    const random = createUniformRandom(options.seed * 10_007 + s);
    const cards: SimCard[] = [];
    let started = 0;
    for (let day = 0; day < options.days; day++) {
      // Everyone studies at about the same hour each day, a few minutes apart per review.
      const dayStart = options.start.getTime() + day * DAY_MS + 9 * 3_600_000;
      let minute = 0;
      const answer = (card: SimCard, recalled: boolean) => {
        const at = new Date(dayStart + minute++ * 60_000);
        const roll = random();
        const grade: Grade = !recalled ? Rating.Again : roll < 0.1 ? Rating.Hard : roll > 0.95 ? Rating.Easy : Rating.Good;
        card.scheduled = scheduler.next(card.scheduled, at, grade).card;
        card.truth = truthModel.next(card.truth, at, grade).card;
        logs.push({ key: card.key, reviewedAt: at, rating: grade });
      };
      for (const card of cards) {
        if (card.scheduled.due.getTime() >= dayStart + DAY_MS - 9 * 3_600_000) continue;
        const last = card.truth.last_review?.getTime() ?? dayStart;
        const elapsedDays = Math.round((dayStart - last) / DAY_MS);
        const recall = Math.pow(1 + (factor * elapsedDays) / Math.max(card.truth.stability, 0.01), decay);
        answer(card, random() < recall);
      }
      if (day < options.introduceDays) {
        for (let i = 0; i < options.newPerDay; i++) {
          const at = new Date(dayStart);
          const card: SimCard = { scheduled: createEmptyCard(at), truth: createEmptyCard(at), key: `s${s}:i${started++}` };
          cards.push(card);
          // A first answer: right three times in four.
          answer(card, random() < 0.75);
        }
      }
    }
  }
  return logs;
}
