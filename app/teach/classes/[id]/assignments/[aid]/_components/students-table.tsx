import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { StudentRow } from "@/db/queries/dashboard";
import { DASHBOARD_DEFINITIONS as D, type DashboardFigure } from "@/lib/teaching/dashboard-definitions";
import type { StudentSort } from "@/lib/teaching/sort-students";
import { BreakableEmail } from "@/components/ui/breakable-email";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

const COLUMNS: { key: StudentSort; label: string; numeric: boolean; figure?: DashboardFigure }[] = [
  { key: "name", label: "Student", numeric: false },
  { key: "completion", label: D.completion.label, numeric: true, figure: "completion" },
  { key: "accuracy", label: D.accuracy.label, numeric: true, figure: "accuracy" },
  { key: "lastActive", label: D.lastActive.label, numeric: false, figure: "lastActive" },
  { key: "recall", label: D.predictedRecall.label, numeric: true, figure: "predictedRecall" },
];

/** A column's definition, under its header (lib/teaching/dashboard-definitions.ts). */
export function ColumnNote({ figure }: { figure: DashboardFigure }) {
  return <span className="col-note">{D[figure].explain}</span>;
}

/** Students of the class on this assignment; column headers sort (links, so no script needed). */
export function StudentsTable({
  rows,
  sort,
  dir,
  baseHref,
  isQuiz,
}: {
  rows: StudentRow[];
  sort: StudentSort;
  dir: "asc" | "desc";
  baseHref: string;
  isQuiz: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="data sticky-first" data-testid="students-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key === sort;
              const next = active && dir === "desc" ? "asc" : active ? "desc" : c.numeric ? "desc" : "asc";
              return (
                <th
                  key={c.key}
                  className={c.numeric ? "num" : undefined}
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  <Link href={`${baseHref}?sort=${c.key}&dir=${next}`}>
                    {c.label}
                    {active ? (dir === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                  {c.figure && <ColumnNote figure={c.figure} />}
                </th>
              );
            })}
            {isQuiz && (
              <th className="num">
                {D.quizScore.label}
                <ColumnNote figure="quizScore" />
              </th>
            )}
            <th>Flags</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.studentId} data-student={r.email}>
              <td>
                {r.name}
                <br />
                <span className="muted">
                  <BreakableEmail email={r.email} />
                </span>
              </td>
              <td className="num" data-col="completion">
                {pct(r.completion)}
              </td>
              <td className="num" data-col="accuracy">
                {pct(r.accuracy)}
              </td>
              <td>{r.lastActiveAt ? <LocalTime iso={r.lastActiveAt.toISOString()} style="short" /> : "never"}</td>
              <td className="num">{pct(r.predictedRecall)}</td>
              {isQuiz && (
                <td className="num" data-col="quiz-score">
                  {r.quizScore ? `${r.quizScore.correct}/${r.quizScore.total}` : "—"}
                  {r.quizBest && r.quizScore && r.quizBest.correct / r.quizBest.total !== r.quizScore.correct / r.quizScore.total && (
                    <>
                      <br />
                      <span className="muted">
                        best {r.quizBest.correct}/{r.quizBest.total}
                      </span>
                    </>
                  )}
                </td>
              )}
              <td>
                {r.flags.notStarted && <span className="flag flag-not-started">not started</span>}
                {r.flags.behind && <span className="flag flag-behind">behind</span>}
                {r.flags.atRisk && <span className="flag flag-at-risk">at risk</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
