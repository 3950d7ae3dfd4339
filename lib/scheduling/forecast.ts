/**
 * Workload forecast: how many reviews a student will have each day for the next days, if they do
 * every review that comes due, at a chosen desired retention. A Monte Carlo simulation over the
 * student's own memory states with ts-fsrs (FSRS-6): each due card is reviewed on its due day,
 * recalled with the probability the forgetting curve gives then (R = (1 + f·t/S)^−d), graded Good
 * when recalled and Again when not, and rescheduled by ts-fsrs at that retention. New items join at
 * the student's daily limit. Averaged over a few seeded runs: pure and reproducible.
 *
 * Simplifications (said on the page as "about"): one review per card per day (the short-term
 * learning steps of the same day are not counted), no fuzz, a first answer of a new item is right
 * with probability FIRST_ANSWER_RECALL, days are 24-hour windows from `now`.
 *
 * @see https://github.com/open-spaced-repetition/ts-fsrs
 * @see https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm
 */
import { computeDecayFactor, createEmptyCard, default_w, fsrs, generatorParameters, Rating, type Card } from "ts-fsrs";
import { toFsrsCard, type CardState } from "./card-state";
import { createUniformRandom } from "./random";

const DAY_MS = 86_400_000;

/** Share of new items answered right the first time (an assumption; only new-item reviews depend on it). */
export const FIRST_ANSWER_RECALL = 0.75;

export interface ForecastInput {
  now: Date;
  /** The student's reviewed memory states (never-seen ones are `newAvailable`). */
  states: readonly CardState[];
  /** How many never-seen items the student could still start. */
  newAvailable: number;
  newPerDay: number;
  /** 0.7–0.97. */
  desiredRetention: number;
  /** FSRS-6 weights in use for the student; default ts-fsrs `default_w`. */
  weights?: readonly number[];
  /** Days to forecast (default 30). */
  days?: number;
  /** Simulation runs to average (default 8). */
  runs?: number;
  seed: number;
}

export interface ForecastDay {
  /** 0 = today (the 24 hours from `now`). */
  day: number;
  /** Expected reviews of items already started that day (overdue ones on day 0), mean over runs, one decimal. */
  reviews: number;
  /** New items started that day. */
  newItems: number;
}

interface SimCard {
  card: Card;
}

/** Reviews per day for the next `days` days at `desiredRetention` (see the file comment). */
export function forecastReviews(input: ForecastInput): ForecastDay[] {
  const days = input.days ?? 30;
  const runs = input.runs ?? 8;
  const w = input.weights ? [...input.weights] : [...default_w];
  const { decay, factor } = computeDecayFactor(w);
  const scheduler = fsrs(
    generatorParameters({ w, request_retention: input.desiredRetention, enable_fuzz: false, enable_short_term: false }),
  );
  const start = input.now.getTime();
  const totals = Array.from({ length: days }, () => 0);
  const newPerDay = Array.from({ length: days }, () => 0);

  for (let run = 0; run < runs; run++) {
    const random = createUniformRandom(input.seed * 1_000 + run);
    const cards: SimCard[] = input.states.filter((s) => s.state !== "new" && s.lastReview).map((s) => ({ card: toFsrsCard(s) }));
    let remainingNew = Math.max(0, input.newAvailable);
    for (let day = 0; day < days; day++) {
      const dayStart = start + day * DAY_MS;
      const dayEnd = dayStart + DAY_MS;
      let reviews = 0;
      for (const sim of cards) {
        if (sim.card.due.getTime() >= dayEnd) continue;
        const at = new Date(Math.max(sim.card.due.getTime(), dayStart));
        const last = sim.card.last_review?.getTime() ?? at.getTime();
        const elapsed = Math.max(0, (at.getTime() - last) / DAY_MS);
        const recall = Math.pow(1 + (factor * elapsed) / Math.max(sim.card.stability, 0.01), decay);
        const grade = random() < recall ? Rating.Good : Rating.Again;
        sim.card = scheduler.next(sim.card, at, grade).card;
        reviews++;
      }
      const starting = Math.min(input.newPerDay, remainingNew);
      remainingNew -= starting;
      for (let i = 0; i < starting; i++) {
        const at = new Date(dayStart);
        const grade = random() < FIRST_ANSWER_RECALL ? Rating.Good : Rating.Again;
        cards.push({ card: scheduler.next(createEmptyCard(at), at, grade).card });
      }
      totals[day] = (totals[day] ?? 0) + reviews;
      if (run === 0) newPerDay[day] = starting;
    }
  }
  return totals.map((total, day) => ({ day, reviews: Math.round((total / runs) * 10) / 10, newItems: newPerDay[day] ?? 0 }));
}
