import Link from "next/link";
import type { StudentRow } from "@/db/queries/dashboard";
import type { StudentSort } from "@/lib/teaching/sort-students";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const when = (d: Date | null) =>
  d ? d.toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) : "never";

const COLUMNS: { key: StudentSort; label: string; numeric: boolean }[] = [
  { key: "name", label: "Student", numeric: false },
  { key: "completion", label: "Completion", numeric: true },
  { key: "accuracy", label: "Accuracy", numeric: true },
  { key: "lastActive", label: "Last active (UTC)", numeric: false },
  { key: "recall", label: "Predicted recall", numeric: true },
];

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
      <table className="data" data-testid="students-table">
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
                </th>
              );
            })}
            {isQuiz && <th className="num">Quiz score</th>}
            <th>Flags</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.studentId} data-student={r.email}>
              <td>
                {r.name}
                <br />
                <span className="muted">{r.email}</span>
              </td>
              <td className="num" data-col="completion">
                {pct(r.completion)}
              </td>
              <td className="num" data-col="accuracy">
                {pct(r.accuracy)}
              </td>
              <td>{when(r.lastActiveAt)}</td>
              <td className="num">{pct(r.predictedRecall)}</td>
              {isQuiz && <td className="num">{r.quizScore ? `${r.quizScore.correct}/${r.quizScore.total}` : "—"}</td>}
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
