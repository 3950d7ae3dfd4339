import { BarChart } from "@/components/charts/bar-chart";
import type { listClassParameterSets } from "@/db/queries/fsrs-parameters";
import type { RecallPoint } from "@/lib/scheduling/recall-curve";
import { FitClassForm } from "./fit-class-form";

type Fit = Awaited<ReturnType<typeof listClassParameterSets>>[number];

const f4 = (n: number | null) => (n === null ? "—" : n.toFixed(4));

/** The class's memory model: the parameter set in use and its figures, a fit button, and predicted recall. */
export function ClassMemory({
  classId,
  inUse,
  latest,
  curve,
}: {
  classId: string;
  inUse: string;
  latest: Fit | undefined;
  curve: RecallPoint[];
}) {
  const hasCurve = curve.some((p) => p.recall !== null);
  return (
    <section className="card stack" aria-labelledby="memory-title">
      <h2 id="memory-title">Memory model</h2>
      <p data-testid="parameters-in-use">Scheduling uses {inUse}.</p>
      {latest ? (
        <p className="muted">
          Last fit {latest.createdAt.toISOString().slice(0, 10)}: {latest.trainingItems} training items, {latest.testItems} held out.
          RMSE(bins) {f4(latest.rmseBefore)} → {f4(latest.rmseAfter)}, log loss {f4(latest.logLossBefore)} → {f4(latest.logLossAfter)}.{" "}
          {latest.reason}
        </p>
      ) : (
        <p className="muted">No fit of this class yet. Fitting needs at least 400 reviews that follow an earlier one.</p>
      )}
      <FitClassForm classId={classId} />
      <h3>Predicted recall of assigned questions, next 30 days without review</h3>
      {hasCurve ? (
        <BarChart
          title="Predicted recall, percent"
          unit="%"
          axisLabel="Predicted recall"
          bars={curve.map((p) => ({
            label: p.day === 0 ? "Today" : `In ${p.day} days`,
            tick: p.day > 0 && p.day % 7 === 0 ? `+${p.day}d` : undefined,
            minorTick: p.day % 14 === 7,
            value: Math.round((p.recall ?? 0) * 100),
          }))}
        />
      ) : (
        <p className="muted">No student has started the assigned questions yet.</p>
      )}
    </section>
  );
}
