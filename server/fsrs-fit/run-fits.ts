/**
 * Fitting FSRS parameters from stored reviews and storing every fit with its figures (issue 16).
 * Off the request path: `npm run fsrs:fit` (cron, see README) and a teacher's "fit now" (run after
 * the response, `startClassFit`). Reviews keep being scheduled with the set in use meanwhile.
 */
import type { Db } from "@/db";
import { findAdoptedParameterSet, insertParameterSet, listFitCandidates, resolveSchedulerParameters } from "@/db/queries/fsrs-parameters";
import { listTrainingLogs, type TrainingScope } from "@/db/queries/memory-states";
import { decideAdoption, MIN_TRAINING_ITEMS, type Baseline } from "@/lib/scheduling/fit/adopt";
import { buildTrainingItems } from "@/lib/scheduling/fit/items";
import { splitByTime } from "@/lib/scheduling/fit/split";
import { evaluateWeights, fitWeights, type Evaluation } from "./optimizer";

export interface FitOutcome {
  target: TrainingScope;
  status: "skipped" | "kept" | "adopted";
  reason: string;
  trainingItems: number;
  testItems: number;
  before?: Evaluation;
  after?: Evaluation;
  setId?: string;
}

interface InUse {
  label: string;
  weights: number[] | null;
}

/** The set a target is scheduled with now (to beat), and for a student also their class's or the global set. */
async function setsToBeat(db: Db, target: TrainingScope): Promise<InUse[]> {
  const defaults: InUse = { label: "default parameters", weights: null };
  if (target.scope === "global") {
    const global = await findAdoptedParameterSet(db, { scope: "global" });
    return [global ? { label: "global set", weights: global.params } : defaults];
  }
  if (target.scope === "class") {
    const own = await findAdoptedParameterSet(db, { scope: "class", classId: target.classId });
    if (own) return [{ label: "class set", weights: own.params }];
    const global = await findAdoptedParameterSet(db, { scope: "global" });
    return [global ? { label: "global set", weights: global.params } : defaults];
  }
  const [current, fallback] = await Promise.all([
    resolveSchedulerParameters(db, { userId: target.userId }),
    resolveSchedulerParameters(db, { userId: target.userId, ignoreStudentSets: true }),
  ]);
  const label = (scope: string) => (scope === "default" ? "default parameters" : `${scope} set`);
  const out: InUse[] = [{ label: label(current.scope), weights: current.weights }];
  if (fallback.setId !== current.setId) out.push({ label: label(fallback.scope), weights: fallback.weights });
  return out;
}

/** Fits one target, judges the fit on held-out reviews and stores it (adopted or not). */
export async function fitTarget(db: Db, target: TrainingScope): Promise<FitOutcome> {
  const items = buildTrainingItems(await listTrainingLogs(db, target));
  const { train, test } = splitByTime(items);
  const min = MIN_TRAINING_ITEMS[target.scope];
  if (train.length < min || test.length === 0) {
    return {
      target,
      status: "skipped",
      reason: `Too few reviews to fit: ${train.length} training items, ${min} needed.`,
      trainingItems: train.length,
      testItems: test.length,
    };
  }
  const weights = await fitWeights(train);
  const after = evaluateWeights(weights, test);
  const rivals = await setsToBeat(db, target);
  const baselines: (Baseline & Evaluation)[] = rivals.map((r) => {
    const figures = evaluateWeights(r.weights, test);
    return { label: r.label, rmse: figures.rmseBins, ...figures };
  });
  const decision = decideAdoption({
    scope: target.scope,
    trainingItems: train.length,
    testItems: test.length,
    candidateRmse: after.rmseBins,
    baselines,
  });
  const before = baselines[0];
  const row = await insertParameterSet(db, {
    scope: target.scope,
    classId: target.scope === "class" ? target.classId : null,
    userId: target.scope === "student" ? target.userId : null,
    params: weights,
    trainingItems: train.length,
    testItems: test.length,
    logLossBefore: before?.logLoss ?? null,
    rmseBefore: before?.rmseBins ?? null,
    logLossAfter: after.logLoss,
    rmseAfter: after.rmseBins,
    adopted: decision.adopted,
    reason: decision.reason,
  });
  return {
    target,
    status: decision.adopted ? "adopted" : "kept",
    reason: decision.reason,
    trainingItems: train.length,
    testItems: test.length,
    ...(before ? { before: { logLoss: before.logLoss, rmseBins: before.rmseBins } } : {}),
    after,
    setId: row.id,
  };
}

/**
 * The scheduled run: the global set first, then each class, then each student with enough reviews
 * (so a student's fit is judged against the class set just fitted).
 */
export async function runAllFits(db: Db, onOutcome: (outcome: FitOutcome) => void = () => {}): Promise<FitOutcome[]> {
  const outcomes: FitOutcome[] = [];
  const record = (o: FitOutcome) => {
    outcomes.push(o);
    onOutcome(o);
  };
  record(await fitTarget(db, { scope: "global" }));
  const { classIds, userIds } = await listFitCandidates(db, { minStudentReviews: MIN_TRAINING_ITEMS.student });
  for (const classId of classIds) record(await fitTarget(db, { scope: "class", classId }));
  for (const userId of userIds) record(await fitTarget(db, { scope: "student", userId }));
  return outcomes;
}
