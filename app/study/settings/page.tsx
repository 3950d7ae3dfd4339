import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { resolveSchedulerParameters } from "@/db/queries/fsrs-parameters";
import { countUnstartedItems, listMemoryStates } from "@/db/queries/memory-states";
import { getStudySettings } from "@/db/queries/study";
import { requireUser } from "@/server/auth/guards";
import { StudySettingsForm, type SerializedState } from "./_components/study-settings-form";

export const metadata: Metadata = { title: "Study settings" };

const SCOPE_LABEL = {
  default: "FSRS's default parameters",
  global: "parameters fitted to everyone's reviews",
  class: "parameters fitted to your class's reviews",
  student: "parameters fitted to your own reviews",
} as const;

export default async function StudySettingsPage() {
  await connection();
  const user = await requireUser("/study/settings");
  if (user.role !== "student") forbidden();
  const db = await getDb();
  const [settings, memory, unstarted, parameters] = await Promise.all([
    getStudySettings(db, user.id),
    listMemoryStates(db, { userId: user.id }),
    countUnstartedItems(db, { userId: user.id }),
    resolveSchedulerParameters(db, { userId: user.id }),
  ]);
  // Plain JSON for the client, which re-runs the forecast as the sliders move.
  const states: SerializedState[] = memory.flatMap((m) =>
    m.state
      ? [{ ...m.state, due: m.state.due.toISOString(), lastReview: m.state.lastReview ? m.state.lastReview.toISOString() : null }]
      : [],
  );
  return (
    <main className="stack">
      <h1>Study settings</h1>
      <p className="muted">
        Your schedule uses {SCOPE_LABEL[parameters.scope]}. {states.length} question{states.length === 1 ? "" : "s"} started, {unstarted}{" "}
        not yet.
      </p>
      <StudySettingsForm
        settings={settings}
        states={states}
        unstarted={unstarted}
        weights={parameters.weights}
        timeZones={Intl.supportedValuesOf("timeZone")}
        nowIso={new Date().toISOString()}
      />
    </main>
  );
}
