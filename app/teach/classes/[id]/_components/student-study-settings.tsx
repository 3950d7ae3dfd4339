import type { StudentSettingsView } from "@/db/queries/class-study-settings";

/** One small line under a student's name: the retention and daily new items they chose. */
export function StudentStudySettings({ settings }: { settings: StudentSettingsView | undefined }) {
  if (!settings) return null;
  const cap = settings.reviewCap === null ? "" : ` · at most ${settings.reviewCap} reviews/day`;
  return (
    <span className="student-settings muted" data-testid="student-settings">
      Retention {Math.round(settings.desiredRetention * 100)}% · {settings.newPerDay} new/day{cap}
      {settings.custom ? "" : " (defaults)"}
    </span>
  );
}
