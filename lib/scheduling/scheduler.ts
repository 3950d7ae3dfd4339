/**
 * The FSRS scheduler: what a review does to a card and when each grade would bring it back (how
 * likely the student is to recall it now is `predictRecall`, recall.ts). All maths is ts-fsrs'
 * (FSRS-6, default parameters);
 * this file picks the parameters and converts between our plain card state and ts-fsrs' `Card`.
 *
 * @see https://github.com/open-spaced-repetition/ts-fsrs
 * @see https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm
 */
import { createEmptyCard, dateDiffInDays, fsrs, generatorParameters, type Card, type FSRS } from "ts-fsrs";
import type { CardStateName, ReviewRating } from "@/lib/domain";
import { fromFsrsCard, toFsrsCard, type CardState } from "./card-state";
import { formatInterval } from "./interval-label";
import { DESIRED_RETENTION, normaliseRetention } from "./limits";
import { toFsrsGrade } from "./review-rating";

/** Options of {@link createScheduler}. */
export interface SchedulerOptions {
  /**
   * Probability of recall to aim for when a card comes due (ts-fsrs `request_retention`),
   * in [0.7, 0.97]; default 0.9. Higher means shorter intervals and more reviews.
   */
  desiredRetention?: number;
  /**
   * FSRS-6 weights (21 numbers) fitted from the student's, class's or install's reviews
   * (db/queries/fsrs-parameters.ts `resolveSchedulerParameters`); null or absent: ts-fsrs' `default_w`.
   */
  weights?: readonly number[] | null;
}

/** What a review changed, for the review log. */
export interface ReviewLogEntry {
  /** The grade given. */
  rating: ReviewRating;
  /** The card's phase before this review ("new" for a never-seen card). */
  stateBefore: CardStateName;
  /** When the card was due before this review; null for a never-seen card. */
  dueBefore: Date | null;
  /** FSRS stability before this review; absent for a new card (it has none yet). */
  stabilityBefore?: number;
  /** Whole days until the new due date (0 while in (re)learning steps, which count in minutes). */
  scheduledDays: number;
  /** Whole days since the previous review, counted by ts-fsrs in UTC calendar days; 0 for a new card. */
  elapsedDays: number;
}

/** The outcome of one review. */
export interface ReviewOutcome {
  /** The card's new state, to store. */
  state: CardState;
  /** What to append to the review log. */
  log: ReviewLogEntry;
}

/** When the card would come back after one grade. */
export interface IntervalPreview {
  /** The due date that grade would give. */
  due: Date;
  /** Time from now until `due`, compact ("1m", "10m", "1d", "4d", "3mo"). */
  label: string;
}

/** A configured FSRS scheduler. Pure: every method takes `now` and returns new objects. */
export interface Scheduler {
  /** The desired retention this scheduler aims for (normalised to 4 decimals). */
  readonly desiredRetention: number;
  /**
   * Applies one review (ts-fsrs `FSRS.next`). `state` null means a never-seen card.
   * A `now` before the card's last review (an offline review synced after a later one) is
   * applied as if made at the last review, instead of making ts-fsrs throw on a negative gap.
   */
  review(state: CardState | null, rating: ReviewRating, now: Date): ReviewOutcome;
  /** The due date and label each grade would give now (ts-fsrs `FSRS.repeat`), as shown on the grade buttons. */
  previewIntervals(state: CardState | null, now: Date): Record<ReviewRating, IntervalPreview>;
}

/**
 * ts-fsrs parameters: FSRS-6 default weights (`default_w`), default (re)learning steps
 * (1m, 10m / 10m) and fuzz on. ts-fsrs seeds its fuzz from the review time, the rep count and
 * D·S (`DefaultInitSeedStrategy`), so fuzz is deterministic for a given card and `now`, and a
 * preview and the review it previews agree to the millisecond. The weights are `default_w` unless
 * a fitted set is passed (issue 16); recall.ts's forgetting curve still uses the default decay.
 */
function parametersFor(desiredRetention: number, weights: readonly number[] | null) {
  return generatorParameters({
    request_retention: desiredRetention,
    enable_fuzz: true,
    enable_short_term: true,
    ...(weights ? { w: [...weights] } : {}),
  });
}

const schedulers = new Map<string, Scheduler>();
/** Fitted sets are per class or student: bound the cache (a miss only costs building one). */
const MAX_CACHED_SCHEDULERS = 500;

/**
 * A scheduler for a desired retention, cached per value (schedulers are stateless between calls).
 * @throws RangeError if `desiredRetention` is not within [0.7, 0.97] (after rounding to 4 decimals).
 */
export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const retention = normaliseRetention(options.desiredRetention ?? DESIRED_RETENTION.default);
  if (!(retention >= DESIRED_RETENTION.min && retention <= DESIRED_RETENTION.max)) {
    throw new RangeError(
      `desiredRetention must be between ${DESIRED_RETENTION.min} and ${DESIRED_RETENTION.max}, got ${options.desiredRetention}`,
    );
  }
  const weights = options.weights && options.weights.length > 0 ? options.weights : null;
  const key = weights ? `${retention}|${weights.join(",")}` : String(retention);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    if (schedulers.size >= MAX_CACHED_SCHEDULERS) schedulers.clear();
    scheduler = buildScheduler(retention, fsrs(parametersFor(retention, weights)));
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

function assertValidDate(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError("now must be a valid Date");
}

/** The ts-fsrs card to schedule, and the review time (never before the card's last review). */
function prepare(state: CardState | null, now: Date): { card: Card; at: Date } {
  assertValidDate(now);
  if (!state) return { card: createEmptyCard(now), at: now };
  const last = state.lastReview;
  const at = last && now.getTime() < last.getTime() ? new Date(last.getTime()) : now;
  return { card: toFsrsCard(state), at };
}

function buildScheduler(desiredRetention: number, f: FSRS): Scheduler {
  return {
    desiredRetention,

    review(state, rating, now) {
      const { card, at } = prepare(state, now);
      const next = f.next(card, at, toFsrsGrade(rating)).card;
      const seen = state !== null && state.state !== "new";
      const log: ReviewLogEntry = {
        rating,
        stateBefore: state?.state ?? "new",
        dueBefore: state ? new Date(state.due.getTime()) : null,
        ...(seen ? { stabilityBefore: state.stability } : {}),
        scheduledDays: next.scheduled_days,
        // Same count ts-fsrs uses for the FSRS elapsed time t (its non-deprecated helper).
        elapsedDays: seen && state.lastReview ? dateDiffInDays(state.lastReview, at) : 0,
      };
      return { state: { ...fromFsrsCard(next), elapsedDays: log.elapsedDays }, log };
    },

    previewIntervals(state, now) {
      const { card, at } = prepare(state, now);
      const preview = f.repeat(card, at);
      const entry = (rating: ReviewRating): IntervalPreview => {
        const due = new Date(preview[toFsrsGrade(rating)].card.due.getTime());
        return { due, label: formatInterval(due.getTime() - now.getTime()) };
      };
      return { again: entry("again"), hard: entry("hard"), good: entry("good"), easy: entry("easy") };
    },
  };
}
