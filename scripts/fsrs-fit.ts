/**
 * `npm run fsrs:fit` — fit FSRS-6 parameters from the stored reviews of the configured database
 * (DATABASE_URL, or the PGlite folder in PGLITE_DIR): one global set, one per class, one per student
 * with enough reviews. Every fit is stored in fsrs_parameter_sets with its figures; a set is adopted
 * only when it beats the set in use on held-out reviews (lib/scheduling/fit/adopt.ts).
 *
 * `npm run fsrs:fit -- --report` — read-only: log loss and RMSE(bins) of default vs fitted
 * parameters on held-out reviews (the latest 20%, time-series split) for the demo class and for a
 * simulated class of known parameters, checked against the tolerance below; the last line is JSON.
 *
 * Tolerance for the simulated class (its true parameters are known): the fitted set's RMSE(bins)
 * on held-out reviews is within 0.005 of the true set's, its initial stabilities after a first Hard,
 * Good or Easy (w1–w3) within 25% of the true ones, after a first Again (w0: a quarter of first
 * answers, so less data) within 50%, and its decay w20 within 0.1. The command exits 1 if not.
 */
import { and, eq, sql } from "drizzle-orm";
import { classes, users } from "../db/schema";
import { listTrainingLogs } from "../db/queries/memory-states";
import { DEMO_CLASS_NAME, DEMO_TEACHER_EMAIL } from "../db/seed/demo-class";
import { buildTrainingItems, type TrainingItem } from "../lib/scheduling/fit/items";
import { SIMULATED_TRUE_WEIGHTS, simulateClassReviews } from "../lib/scheduling/fit/simulate";
import { splitByTime } from "../lib/scheduling/fit/split";
import { evaluateWeights, fitWeights, type Evaluation } from "../server/fsrs-fit/optimizer";
import { runAllFits } from "../server/fsrs-fit/run-fits";
import { openCliDatabase } from "./lib/open-cli-db";

export const SIMULATION_TOLERANCE = {
  rmseOverTrue: 0.005,
  againStabilityRelative: 0.5,
  initialStabilityRelative: 0.25,
  decayAbsolute: 0.1,
} as const;

const f4 = (n: number) => n.toFixed(4);

interface Compared {
  trainingItems: number;
  testItems: number;
  defaults: Evaluation;
  fitted: Evaluation;
  weights: number[];
}

async function compare(items: TrainingItem[]): Promise<Compared | null> {
  const { train, test } = splitByTime(items);
  if (train.length === 0 || test.length === 0) return null;
  const weights = await fitWeights(train);
  return {
    trainingItems: train.length,
    testItems: test.length,
    defaults: evaluateWeights(null, test),
    fitted: evaluateWeights(weights, test),
    weights,
  };
}

function printComparison(title: string, c: Compared, extra: [string, Evaluation][] = []): void {
  console.log(`${title}: ${c.trainingItems} training items, ${c.testItems} held-out`);
  console.log(`  ${"parameters".padEnd(12)} ${"log loss".padStart(9)} ${"RMSE(bins)".padStart(11)}`);
  for (const [name, e] of [["default", c.defaults], ["fitted", c.fitted], ...extra] as [string, Evaluation][]) {
    console.log(`  ${name.padEnd(12)} ${f4(e.logLoss).padStart(9)} ${f4(e.rmseBins).padStart(11)}`);
  }
}

async function report(): Promise<number> {
  const handle = await openCliDatabase();
  let demo: Compared | null = null;
  try {
    const [demoClass] = await handle.db
      .select({ id: classes.id })
      .from(classes)
      .innerJoin(users, eq(users.id, classes.teacherId))
      .where(and(eq(users.email, DEMO_TEACHER_EMAIL), sql`lower(${classes.name}) = lower(${DEMO_CLASS_NAME})`));
    if (!demoClass) console.log(`Demo class: not found in ${handle.engine} at ${handle.location} (run npm run seed:demo first).`);
    else {
      demo = await compare(buildTrainingItems(await listTrainingLogs(handle.db, { scope: "class", classId: demoClass.id })));
      if (demo) printComparison(`Demo class "${DEMO_CLASS_NAME}"`, demo);
      else console.log("Demo class: too few reviews to split.");
    }
  } finally {
    await handle.close();
  }

  const started = performance.now();
  const logs = simulateClassReviews({
    students: 20,
    days: 120,
    introduceDays: 60,
    newPerDay: 10,
    seed: 16,
    start: new Date("2026-01-05T00:00:00Z"),
  });
  const simulated = await compare(buildTrainingItems(logs));
  if (!simulated) throw new Error("the simulated class produced no items");
  const truth = evaluateWeights(SIMULATED_TRUE_WEIGHTS, splitByTime(buildTrainingItems(logs)).test);
  console.log("");
  printComparison(`Simulated class (20 students, ${logs.length} reviews, known parameters)`, simulated, [["true", truth]]);
  const w = simulated.weights;
  const t = SIMULATED_TRUE_WEIGHTS;
  console.log(
    `  w0–w3 fitted ${w.slice(0, 4).map(f4).join(" ")} vs true ${t.slice(0, 4).map(f4).join(" ")}; decay ${f4(w[20] ?? NaN)} vs ${f4(t[20] ?? NaN)}`,
  );
  const checks = [
    simulated.fitted.rmseBins <= truth.rmseBins + SIMULATION_TOLERANCE.rmseOverTrue,
    [0, 1, 2, 3].every(
      (i) =>
        Math.abs((w[i] ?? NaN) - (t[i] ?? NaN)) <=
        (i === 0 ? SIMULATION_TOLERANCE.againStabilityRelative : SIMULATION_TOLERANCE.initialStabilityRelative) * (t[i] ?? NaN),
    ),
    Math.abs((w[20] ?? NaN) - (t[20] ?? NaN)) <= SIMULATION_TOLERANCE.decayAbsolute,
  ];
  const ok = checks.every(Boolean);
  console.log(
    `  tolerance (RMSE within ${SIMULATION_TOLERANCE.rmseOverTrue} of true, w0 within ${SIMULATION_TOLERANCE.againStabilityRelative * 100}%, w1–w3 within ${SIMULATION_TOLERANCE.initialStabilityRelative * 100}%, decay within ${SIMULATION_TOLERANCE.decayAbsolute}): ${ok ? "met" : "NOT met"} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(
    JSON.stringify({
      simulated_rmse_default: simulated.defaults.rmseBins,
      simulated_rmse_fitted: simulated.fitted.rmseBins,
      demo_rmse_default: demo?.defaults.rmseBins ?? null,
      demo_rmse_fitted: demo?.fitted.rmseBins ?? null,
    }),
  );
  return ok ? 0 : 1;
}

async function fitAll(): Promise<number> {
  const handle = await openCliDatabase();
  try {
    const started = performance.now();
    const outcomes = await runAllFits(handle.db, (o) => {
      const who =
        o.target.scope === "global" ? "global" : o.target.scope === "class" ? `class ${o.target.classId}` : `student ${o.target.userId}`;
      const figures = o.after ? ` RMSE(bins) ${o.before ? f4(o.before.rmseBins) : "—"} → ${f4(o.after.rmseBins)}` : "";
      console.log(`[fsrs:fit] ${who}: ${o.status}.${figures} ${o.reason}`);
    });
    const adopted = outcomes.filter((o) => o.status === "adopted").length;
    console.log(
      `[fsrs:fit] ${outcomes.length} targets, ${adopted} new sets adopted, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

process.exitCode = await (process.argv.includes("--report") ? report() : fitAll());
